import { graphql } from '../../gql';

export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone {
    seq
    dueOn
    plannedPercent
    plannedAmount
    description
  }
`);

/** The item's 节点计划 with each top-level unit's standing at each milestone (planned vs reported, 销号). */
export const ItemMilestonesQuery = graphql(`
  query ItemMilestones($id: ID!) {
    supervisionItem(id: $id) {
      id
      createdAt
      deadline
      target
      reportCycle
      reportDueDay
      allowedActions
      milestones {
        ...MilestoneFields
      }
      assignments(first: 100) {
        edges {
          node {
            id
            light
            lightReason
            unit {
              id
              name
            }
            milestones {
              seq
              actualPercent
              cleared
              missed
            }
          }
        }
      }
    }
  }
`);

export const SetMilestonePlanMutation = graphql(`
  mutation SetMilestonePlan(
    $itemId: ID!
    $milestones: [MilestoneInput!]!
    $reportCycle: ReportCycle
    $reportDueDay: Int
  ) {
    setMilestonePlan(
      itemId: $itemId
      milestones: $milestones
      reportCycle: $reportCycle
      reportDueDay: $reportDueDay
    ) {
      id
      reportCycle
      reportDueDay
      allowedActions
      milestones {
        ...MilestoneFields
      }
    }
  }
`);

/** The milestones a unit can report progress for (its standing at each). */
export const AssignmentMilestonesQuery = graphql(`
  query AssignmentMilestones($id: ID!) {
    assignment(id: $id) {
      id
      milestones {
        seq
        dueOn
        plannedPercent
        cleared
      }
    }
  }
`);
