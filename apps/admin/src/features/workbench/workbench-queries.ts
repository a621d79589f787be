import { graphql } from '../../gql';

/** 工作台: every section of the caller's roles, counts and first rows, in one round trip. */
export const WorkbenchQuery = graphql(`
  query Workbench {
    workbench {
      since
      firstVisit
      asOf
      sections {
        kind
        count
        urgent
        changes {
          kind
          count
        }
        rows {
          id
          itemId
          regNumber
          title
          assignmentId
          reportId
          unitId
          unitName
          deadline
          deadlineClass
          requestedDeadline
          status
          itemStatus
          light
          lightReason
          at
          text
          change
        }
      }
    }
  }
`);

/** Moves the since-last-visit window (the server keeps it put during a visit). */
export const MarkWorkbenchVisitedMutation = graphql(`
  mutation MarkWorkbenchVisited {
    markWorkbenchVisited {
      since
      lastSeenAt
      firstVisit
    }
  }
`);
