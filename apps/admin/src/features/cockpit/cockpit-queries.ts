import { graphql } from '../../gql';

/** One level of the drill-down: a unit and its children, each with its roll-up, in one round trip. */
export const CockpitLevelQuery = graphql(`
  query CockpitLevel($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      subtype
      ancestors {
        id
        name
      }
      rollup {
        ...RollupFields
      }
      children {
        id
        name
        kind
        subtype
        childCount
        rollup {
          ...RollupFields
        }
      }
    }
  }
`);

/**
 * The cockpit's aggregates, computed by the API in SQL over the unit's whole subtree: overdue items by
 * source, the registered/closed trend by China-time week or month, and the red items with the chain down
 * to the red unit and why it is red.
 */
export const CockpitAggregatesQuery = graphql(`
  query CockpitAggregates($unitId: ID!, $granularity: TrendGranularity!) {
    cockpit(unitId: $unitId) {
      unit {
        id
      }
      overdueBySource {
        source
        count
      }
      workTrend(granularity: $granularity, periods: 12) {
        label
        registered
        closed
      }
      redItems(first: 10) {
        itemId
        regNumber
        title
        unitId
        unitName
        chain
        lightReason
        redCount
      }
    }
  }
`);
