import {
  DocumentNode,
  FieldNode,
  getNamedType,
  GraphQLResolveInfo,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { RequestContext } from '@duban/platform';
import { RollupColumn } from './rollup-columns';
import { columnsFor } from './rollup.view';

/** The fields of a selection set, fragments flattened (@skip/@include not evaluated: a read too many at most). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, info));
    else out.push(...fieldsOf(info.fragments[s.name.value]?.selectionSet, info));
  }
  return out;
}

/**
 * Whether the unit whose `rollup` (all items) is being resolved also asks for `children { rollup }`
 * (all items: no arguments), as a leader's overview does: then both levels are read in one statement.
 * Walks the operation along the field's path to the unit's selection; remembered per path.
 */
export function childrenWantAllItems(ctx: RequestContext, info: GraphQLResolveInfo): boolean {
  const keys: string[] = [];
  for (let p = info.path.prev; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  return ctx.loader(`rollup.lookahead:${keys.join('.')}`, () => {
    let set: SelectionSetNode | undefined = info.operation.selectionSet;
    for (const key of keys)
      set = fieldsOf(set, info).find((f) => (f.alias?.value ?? f.name.value) === key)?.selectionSet;
    return fieldsOf(set, info).some(
      (f) =>
        f.name.value === 'children' &&
        fieldsOf(f.selectionSet, info).some((g) => g.name.value === 'rollup' && !g.arguments?.length),
    );
  });
}

/** The counters an operation's Rollup selections need, per parsed operation (reused while cached). */
const COLUMNS = new WeakMap<OperationDefinitionNode, readonly RollupColumn[]>();

/**
 * The counters to read for this operation: what every `Rollup` it selects (any field, any depth,
 * fragments included) is computed from (columnsFor), at least one.
 */
export function rollupColumns(info: GraphQLResolveInfo): readonly RollupColumn[] {
  let columns = COLUMNS.get(info.operation);
  if (!columns) {
    const fields = new Set<string>();
    const typeInfo = new TypeInfo(info.schema);
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [info.operation, ...Object.values(info.fragments)],
    };
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          if (getNamedType(typeInfo.getParentType())?.name === 'Rollup') fields.add(field.name.value);
        },
      }),
    );
    const found = columnsFor(fields);
    columns = found.length ? found : (['total'] as const);
    COLUMNS.set(info.operation, columns);
  }
  return columns;
}
