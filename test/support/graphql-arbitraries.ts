/*
 * fast-check arbitraries for GraphQL variables, generated from the schema's input types: mostly
 * well-typed but hostile values (edge strings, extreme numbers, bad ids and dates, forged cursors),
 * and some malformed ones (wrong types, null for non-null, unknown enum values, deep nesting, extra
 * fields in input objects, a missing required argument).
 */
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { encodeCursor } from '@duban/platform';
import { isRequired } from './schema-walk';

/** Values drawn from the live database: real ids of every table and real page cursors. */
export interface FuzzPools {
  ids: string[];
  cursors: string[];
}

const LONG = ['x'.repeat(20_000), 'x'.repeat(20_001), '中'.repeat(20_001), 'x'.repeat(100_000)];
const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'bell\u0007',
  'esc\u001b[31m',
  '\r\n\t',
  '\u202e右到左',
  '\ufeffBOM',
  'zero\u200bwidth',
  '\ud800',
  'lone\udfff',
  '👨‍👩‍👧‍👦',
  'e\u0301',
  '𠮷野家',
  "' OR 1=1 --",
  "'; DROP TABLE org_unit; --",
  '%_\\',
  '$1',
  '{"a":1}',
  'null',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  ...LONG,
];
const DATE_STRINGS = [
  '2026-06-30',
  '2026-02-30',
  '2026-13-01',
  'not a date',
  '0000-00-00',
  '1999-12-31',
  '2101-01-01',
];
const BAD_IDS = [
  '0',
  '-1',
  'abc',
  '1e3',
  '1.0',
  ' 1',
  '1 ',
  '１２',
  '٣',
  '0x1f',
  '99999999999999999999',
  '9223372036854775807',
  '9223372036854775808',
  '',
  '1\u0000',
];
const BAD_DATES = [
  'not a date',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-06-30T25:00:00Z',
  '0000-00-00',
  '0001-01-01T00:00:00Z',
  '1999-12-31T23:59:59Z',
  '2100-12-31T23:59:59Z',
  '2101-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-06-30',
  '2026-06-30T00:00:00+14:00',
  '',
];

const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: control, minLength: 1, maxLength: 5 }) },
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...DATE_STRINGS) },
);

const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom(0, -1, 200, 201, 1999, 2000, 2100, 2101, 2_147_483_647, -2_147_483_648),
  fc.integer(),
);

const hostileFloat = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 50, 100, 100.0001, -1, 1e15, -1e15, 1e16, 5e-324, Number.MAX_VALUE),
  fc.constantFrom('NaN', 'Infinity', '1e400'),
);

/** Real cursors, tampered ones, and validly signed cursors around hostile sort keys. */
function cursorArb(pools: FuzzPools) {
  const key = fc.array(
    fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 12 }), fc.constantFrom(9.3e18, -1, 0)),
    { maxLength: 3 },
  );
  return fc.oneof(
    fc.constantFrom(...pools.cursors),
    fc.constantFrom(...pools.cursors).map((c) => `${c.slice(0, -1)}${c.endsWith('A') ? 'B' : 'A'}`),
    fc.constantFrom(...pools.cursors).map((c) => c.split('.')[0]),
    fc.constantFrom('Zm9yZ2Vk', 'a.b', '.', 'W10.', 'W1swXV0.AAAAAAAAAAAAAAAAAAAAAA'),
    key.map((k) => encodeCursor(k)),
    hostileString,
  );
}

function idArb(pools: FuzzPools) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
    { weight: 1, arbitrary: hostileString },
  );
}

const dateTime = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2150-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(...BAD_DATES),
  fc.integer(),
);

function nest(depth: number, asArray: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** A value of any wrong shape: another JSON type, a deep nest, or null. */
export const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  hostileString,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.tuple(fc.integer({ min: 10, max: 300 }), fc.boolean()).map(([d, a]) => nest(d, a)),
);

function enumArb(t: GraphQLEnumType) {
  const values = t.getValues().map((v) => v.name);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('NOPE', values[0].toLowerCase(), '', `${values[0]} `) },
  );
}

const MAX_DEPTH = 4;

/** Variables for one argument or input field, by its type. */
export function inputArb(
  type: GraphQLInputType,
  name: string,
  pools: FuzzPools,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const good = isNonNullType(type)
    ? wellTyped(type.ofType, name, pools, depth)
    : fc.option(wellTyped(type, name, pools, depth), { freq: 6, nil: null });
  return fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: malformed });
}

function wellTyped(
  type: GraphQLInputType,
  name: string,
  pools: FuzzPools,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTyped(type.ofType, name, pools, depth);
  if (isListType(type)) {
    const item = inputArb(type.ofType, name, pools, depth + 1);
    // A single value where a list is expected is valid GraphQL (list coercion).
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item },
    );
  }
  if (isEnumType(type)) return enumArb(type);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, inputArb(f.type, f.name, pools, depth + 1)]));
    const requiredKeys = fields.filter(isRequired).map((f) => f.name);
    const extra = fc.option(
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'tenantId'), malformed),
      { freq: 8, nil: null },
    );
    return fc
      .tuple(fc.record(model, { requiredKeys }), extra)
      .map(([obj, more]) => (more ? { ...obj, [more[0]]: more[1] } : obj));
  }
  switch (type.name) {
    case 'ID':
      return idArb(pools);
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return fc.oneof(
        { weight: 5, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom('true', 1) },
      );
    case 'DateTime':
      return dateTime;
    default:
      return name === 'after' ? cursorArb(pools) : hostileString;
  }
}

const DAY = 86_400_000;
const shanghaiDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A value the API could well accept: real ids and cursors, in-range numbers and dates, plain text. */
export function plausibleArb(
  type: GraphQLInputType,
  name: string,
  pools: FuzzPools,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (!isNonNullType(type)) return fc.option(plausible(type, name, pools, depth), { freq: 3, nil: null });
  return plausible(type.ofType, name, pools, depth);
}

function plausible(
  type: GraphQLInputType,
  name: string,
  pools: FuzzPools,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType, name, pools, depth);
  if (isListType(type)) return fc.array(plausibleArb(type.ofType, name, pools, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, plausibleArb(f.type, f.name, pools, depth + 1)]),
    );
    return fc.record(model, { requiredKeys: fields.filter(isRequired).map((f) => f.name) });
  }
  switch (type.name) {
    case 'ID':
      return fc.constantFrom(...pools.ids);
    case 'Int':
      if (name === 'year') return fc.integer({ min: 2000, max: 2100 });
      return fc.integer({ min: 0, max: name === 'first' ? 200 : 100 });
    case 'Float':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.integer({ min: -5, max: 60 }).map((d) => new Date(Date.now() + d * DAY).toISOString());
    default:
      if (name === 'after') return fc.constantFrom(...pools.cursors);
      if (/^valid(From|To)$/.test(name))
        return fc.integer({ min: 0, max: 10 }).map((d) => shanghaiDate(new Date(Date.now() + d * DAY)));
      if (/password/i.test(name)) return fc.constant('Valid-Passw0rd-2026');
      return fc.oneof(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.constantFrom('已完成整改', '需要协调', '测试说明', '城关镇'),
      );
  }
}

/**
 * Variables for all of a field's arguments: all hostile; plausible with one argument hostile (to get
 * past the edge checks and into the resolvers); or all plausible. Now and then a required one is
 * left out.
 */
export function variablesArb(
  args: readonly GraphQLArgument[],
  pools: FuzzPools,
): fc.Arbitrary<Record<string, unknown>> {
  const hostile = Object.fromEntries(args.map((a) => [a.name, inputArb(a.type, a.name, pools)]));
  const fair = Object.fromEntries(args.map((a) => [a.name, plausibleArb(a.type, a.name, pools)]));
  const required = args.filter(isRequired).map((a) => a.name);
  const record = (model: Record<string, fc.Arbitrary<unknown>>) =>
    fc.record(model, { requiredKeys: required });
  const oneHostile = args.length
    ? fc
        .tuple(record(fair), fc.constantFrom(...args))
        .chain(([vars, arg]) => inputArb(arg.type, arg.name, pools).map((v) => ({ ...vars, [arg.name]: v })))
    : record(fair);
  return fc
    .tuple(
      fc.oneof(
        { weight: 2, arbitrary: record(hostile) },
        { weight: 3, arbitrary: oneHostile },
        { weight: 3, arbitrary: record(fair) },
      ),
      fc.integer({ min: 0, max: 19 }),
      fc.nat(),
    )
    .map(([vars, roll, which]) => {
      if (roll !== 0 || !required.length) return vars;
      const { [required[which % required.length]]: _missing, ...rest } = vars;
      return rest;
    });
}
