import fc from 'fast-check';
import { ROLLUP_POLICIES, RollupCounts } from '@duban/rules';
import { fromRow, ROLLUP_COLUMNS } from './rollup-columns';
import { columnsFor, RollupView, toRollupView } from './rollup.view';

const FIELDS = Object.keys(toRollupView('1', null, fromRow({}), 'AVERAGE', 'zh-CN')) as (keyof RollupView)[];

/** Counters as a row, each column a count or (sums) a figure. */
const row = fc.record(
  Object.fromEntries(
    ROLLUP_COLUMNS.map((c) => [c, c.endsWith('_sum') ? fc.integer({ min: 0, max: 5000 }) : fc.nat(60)]),
  ) as Record<string, fc.Arbitrary<number>>,
);

/** The row with only `columns` read, as a read asking for fewer counters returns it. */
function only(r: Record<string, number>, columns: readonly string[]): RollupCounts {
  return fromRow(Object.fromEntries(columns.map((c) => [c, r[c]])));
}

describe('columnsFor', () => {
  it('reads, for every field of the view, the counters it is computed from', () => {
    fc.assert(
      fc.property(row, fc.constantFrom(...ROLLUP_POLICIES), fc.boolean(), (r, policy, overridden) => {
        const override = overridden ? { light: 'RED' as const, reason: '人工' } : null;
        const full = toRollupView('1', '2', fromRow(r), policy, 'zh-CN', override);
        for (const field of FIELDS) {
          const partial = toRollupView('1', '2', only(r, columnsFor([field])), policy, 'zh-CN', override);
          expect({ field, value: partial[field] }).toEqual({ field, value: full[field] });
        }
      }),
    );
  });

  it('reads every counter for a field it does not know, and the union for several', () => {
    expect(columnsFor(['total', 'somethingNew'])).toEqual(ROLLUP_COLUMNS);
    expect(columnsFor(['total', 'light'])).toEqual(['total', 'red', 'yellow']);
    expect(columnsFor([])).toEqual([]);
  });
});
