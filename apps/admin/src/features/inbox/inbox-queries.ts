import { graphql } from '../../gql';

export const InboxQuery = graphql(`
  query Inbox(
    $status: [AssignmentStatus!]
    $filter: AssignmentListFilter
    $sort: AssignmentSort
    $first: Int!
    $after: String
  ) {
    myAssignments(status: $status, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...AssignmentRow
          createdAt
          issuerUnit {
            id
            name
          }
          item {
            id
            regNumber
            title
            source
            instruction
            targetUnit
          }
          reports {
            id
            status
            reviewComment
            content
            submittedAt
            allowedActions
          }
          extensionRequests {
            id
            status
            requestedDeadline
          }
        }
      }
    }
  }
`);

export const AcceptMutation = graphql(`
  mutation AcceptAssignment($id: ID!) {
    acceptAssignment(id: $id) {
      id
      status
      acceptedAt
      allowedActions
    }
  }
`);

/** 批量签收: all or nothing (the API refuses the whole batch if one cannot be signed for now). */
export const AcceptManyMutation = graphql(`
  mutation AcceptAssignments($ids: [ID!]!) {
    acceptAssignments(ids: $ids) {
      id
      status
      acceptedAt
      allowedActions
    }
  }
`);

export const ProgressMutation = graphql(`
  mutation SubmitProgress($assignmentId: ID!, $input: ProgressInput!) {
    submitProgress(assignmentId: $assignmentId, input: $input) {
      id
      status
      progressPercent
      light
      lightReason
      allowedActions
    }
  }
`);

export const ReportMutation = graphql(`
  mutation SubmitReport($assignmentId: ID!, $input: ReportInput!) {
    submitReport(assignmentId: $assignmentId, input: $input) {
      id
      status
    }
  }
`);

export const DelegateMutation = graphql(`
  mutation Delegate($id: ID!, $targets: [ShareInput!], $cascade: [CascadeSelector!], $deadline: DateTime) {
    delegateAssignment(id: $id, targets: $targets, cascade: $cascade, deadline: $deadline) {
      count
      tightened
      assignment {
        id
        split
        allowedActions
      }
    }
  }
`);

/** The shares a split assignment already gave out (the 分解 dialog's live sum). */
export const DelegatedSharesQuery = graphql(`
  query DelegatedShares($id: ID!) {
    assignment(id: $id) {
      id
      children(first: 100) {
        edges {
          node {
            id
            target
            status
          }
        }
      }
    }
  }
`);

export const RequestExtensionMutation = graphql(`
  mutation RequestExtension($assignmentId: ID!, $newDeadline: DateTime!, $reason: String!) {
    requestExtension(assignmentId: $assignmentId, newDeadline: $newDeadline, reason: $reason) {
      id
      status
    }
  }
`);

export const EscalateMutation = graphql(`
  mutation Escalate($assignmentId: ID!, $reason: String!, $fileIds: [ID!]) {
    escalateAssignment(assignmentId: $assignmentId, reason: $reason, fileIds: $fileIds) {
      id
      escalated
      allowedActions
    }
  }
`);

export const SignMutation = graphql(`
  mutation SignReport($reportId: ID!) {
    signReport(reportId: $reportId) {
      id
      status
      allowedActions
    }
  }
`);

export const RefuseSignatureMutation = graphql(`
  mutation RefuseSignature($reportId: ID!, $reason: String!) {
    refuseSignature(reportId: $reportId, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

export const CancelExtensionMutation = graphql(`
  mutation CancelExtension($requestId: ID!) {
    cancelExtension(requestId: $requestId) {
      id
      status
    }
  }
`);

/** A split assignment's shares, each sub-unit's with whether it can still change (调整分解指标). */
export const SharesToAdjustQuery = graphql(`
  query SharesToAdjust($id: ID!) {
    assignment(id: $id) {
      id
      target
      item {
        id
        targetUnit
      }
      children(first: 100) {
        totalCount
        edges {
          node {
            id
            target
            status
            split
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AdjustSharesMutation = graphql(`
  mutation AdjustShares($assignmentId: ID!, $reason: String!, $shares: [ShareInput!]!) {
    adjustShares(assignmentId: $assignmentId, reason: $reason, shares: $shares) {
      id
      target
      allowedActions
    }
  }
`);
