/*
 * Walking the live schema for generated tests (hostile input, fuzzing, cross-tenant probes): the
 * introspected schema, harmless valid values for any input type, and root-field operations.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { TestApi } from './api';

/** Database or driver text that must never reach a client. */
export const SQL_TEXT =
  /syntax|violates|invalid input|bigint|column|relation|duplicate key|out of range|null value|invalid byte|QueryFailed|\bSELECT\b|\bINSERT\b/i;

/** An id no table holds in a test database. */
export const NONEXISTENT_ID = '987654321';

export async function introspect(api: TestApi, token: string): Promise<GraphQLSchema> {
  const intro = await api.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, { token });
  if (!intro.data) throw new Error(`introspection failed: ${JSON.stringify(intro.errors)}`);
  return buildClientSchema(intro.data);
}

/** What valid values are made of: the caller's own unit for unit arguments, an id for the others. */
export interface ValueSource {
  ownUnitId: string;
  /** Defaults to NONEXISTENT_ID (harmless: nothing found). */
  id?: string;
  /** A better id for an argument or input field of this name, when the caller knows one. */
  idFor?: (name: string) => string | undefined;
  /** Optional input fields to fill as well (e.g. /^deadline$/, which most creations need). */
  optional?: RegExp;
}

const UNIT_ARG = /^(parentId|orgUnitId|unitId|underUnitId)$/;

/** A valid (mostly harmless: unknown ids) value for an argument or input field. */
export function validValue(name: string, type: GraphQLInputType, src: ValueSource): unknown {
  if (isNonNullType(type)) return validValue(name, type.ofType, src);
  if (isListType(type)) return [validValue(name, type.ofType, src)];
  if (isEnumType(type))
    return name === 'kind' && type.name === 'OrgKind' ? 'TOWNSHIP' : type.getValues()[0].value;
  if (isInputObjectType(type)) return validObject(type.getFields(), src);
  switch (type.name) {
    case 'ID':
      return UNIT_ARG.test(name) ? src.ownUnitId : (src.idFor?.(name) ?? src.id ?? NONEXISTENT_ID);
    case 'Int':
      return name === 'year' ? new Date().getFullYear() : 1;
    case 'Float':
      return name === 'percent' ? 50 : 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2030-06-30T00:00:00.000Z';
    default:
      if (/^valid(From|To)$/.test(name)) return new Date().toISOString().slice(0, 10);
      if (/password/i.test(name)) return 'Valid-Passw0rd-2026';
      return 'sweep';
  }
}

/** The required fields of an input object, each with a valid value. */
export function validObject(
  fields: Record<string, GraphQLInputField>,
  src: ValueSource,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of Object.values(fields))
    if (isRequired(f) || src.optional?.test(f.name)) out[f.name] = validValue(f.name, f.type, src);
  return out;
}

/** An argument or input field the caller must give. */
export const isRequired = (a: GraphQLArgument | GraphQLInputField) =>
  isNonNullType(a.type) && a.defaultValue === undefined;

/** `{ __typename }` for a field of object type, nothing for a leaf. */
export const typenameSelection = (type: GraphQLOutputType) =>
  isLeafType(getNamedType(type)) ? '' : '{ __typename }';

/** One root field as an operation with the given arguments as variables, e.g. `query Op($id: ID!) { f(id: $id) { __typename } }`. */
export function rootOperation(
  root: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
  selection = typenameSelection(field.type),
  name = 'Probe',
): string {
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root} ${name}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
}

/** Query and Mutation root fields. */
export function rootFields(schema: GraphQLSchema): ['query' | 'mutation', GraphQLField<unknown, unknown>][] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ] as ['query' | 'mutation', GraphQLField<unknown, unknown>][];
}

/** A place in a field's arguments that holds an ID: the argument, then input-object fields down to it. */
export interface IdSlot {
  path: string[];
  /** The name of the argument or input field itself (e.g. `targetUnitIds`). */
  name: string;
}

/** Every ID slot of the arguments, input objects entered (to a few levels). */
export function idSlots(args: readonly GraphQLArgument[]): IdSlot[] {
  const out: IdSlot[] = [];
  const walk = (type: GraphQLInputType, path: string[]) => {
    const named = getNamedType(type);
    if (named.name === 'ID') out.push({ path, name: path[path.length - 1] });
    else if (isInputObjectType(named) && path.length < 4)
      for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name]);
  };
  for (const a of args) walk(a.type, [a.name]);
  return out;
}

/**
 * Variables with `probe` in one ID slot and valid values for every required argument (and the required
 * fields of the input objects on the way to the slot).
 */
export function variablesWithSlot(
  args: readonly GraphQLArgument[],
  slot: IdSlot,
  probe: string,
  src: ValueSource,
): Record<string, unknown> {
  const build = (type: GraphQLInputType, name: string, rest: string[]): unknown => {
    if (isNonNullType(type)) return build(type.ofType, name, rest);
    if (isListType(type)) return [build(type.ofType, name, rest)];
    if (!rest.length || !isInputObjectType(type)) return probe;
    const [next, ...more] = rest;
    return { ...validObject(type.getFields(), src), [next]: build(type.getFields()[next].type, next, more) };
  };
  const vars: Record<string, unknown> = {};
  for (const a of args)
    if (a.name === slot.path[0]) vars[a.name] = build(a.type, a.name, slot.path.slice(1));
    else if (isRequired(a)) vars[a.name] = validValue(a.name, a.type, src);
  return vars;
}
