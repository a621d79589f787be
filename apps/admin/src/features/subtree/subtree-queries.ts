import { graphql } from '../../gql';

/**
 * 下级办理: the open shares the caller's subtree holds of items issued above it, soonest deadline first; keyset
 * paged ("load more" walks endCursor).
 */
export const SubtreeAssignmentsQuery = graphql(`
  query SubtreeAssignments(
    $filter: SubtreeAssignmentFilter
    $sort: AssignmentSort
    $first: Int!
    $after: String
  ) {
    subtreeAssignments(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...AssignmentRow
          issuerUnit {
            id
            name
          }
          item {
            id
            title
            regNumber
            targetUnit
          }
        }
      }
    }
  }
`);
