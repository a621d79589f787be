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

/** Overdue items by source (one alias per source), the latest overdue items and recent items for the trend. */
export const CockpitItemsQuery = graphql(`
  query CockpitItems($unitId: ID!) {
    leaderInstruction: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [LEADER_INSTRUCTION] }
      first: 1
    ) {
      totalCount
    }
    committeeDecision: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [COMMITTEE_DECISION] }
      first: 1
    ) {
      totalCount
    }
    annualTarget: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [ANNUAL_TARGET] }
      first: 1
    ) {
      totalCount
    }
    higherAssignment: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [HIGHER_ASSIGNMENT] }
      first: 1
    ) {
      totalCount
    }
    hotline: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [HOTLINE] }
      first: 1
    ) {
      totalCount
    }
    specialInspection: supervisionItems(
      filter: { assigneeUnitId: $unitId, overdue: true, source: [SPECIAL_INSPECTION] }
      first: 1
    ) {
      totalCount
    }
    overdueItems: supervisionItems(filter: { assigneeUnitId: $unitId, overdue: true }, first: 10) {
      totalCount
      edges {
        node {
          id
          regNumber
          title
          deadline
          rollup(orgUnitId: $unitId) {
            overdue
            light
            lightReason
          }
        }
      }
    }
    recent: supervisionItems(filter: { assigneeUnitId: $unitId }, first: 200) {
      edges {
        node {
          id
          createdAt
          updatedAt
          status
        }
      }
    }
  }
`);
