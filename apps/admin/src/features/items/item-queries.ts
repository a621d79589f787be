import { graphql } from '../../gql';

export const RollupFields = graphql(`
  fragment RollupFields on Rollup {
    total
    assigned
    inProgress
    awaitingSignature
    underReview
    done
    overdue
    returned
    notApplicable
    completionRate
    onTimeRate
    progressPercent
    achieved
    target
    light
    lightReason
  }
`);

export const LedgerRowFields = graphql(`
  fragment LedgerRow on SupervisionItem {
    id
    regNumber
    title
    source
    status
    isKey
    deadline
    createdAt
    updatedAt
    leaderName
    responsiblePerson
    issuerUnit {
      id
      name
    }
    leadUnit {
      id
      name
    }
    rollup {
      total
      done
      overdue
      completionRate
      progressPercent
      light
      lightReason
    }
  }
`);

/** 台账: one page of items; keyset pagination, so pages are walked with endCursor. */
export const LedgerQuery = graphql(`
  query Ledger($filter: SupervisionItemFilter, $first: Int!, $after: String) {
    supervisionItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...LedgerRow
        }
      }
    }
  }
`);

export const PreviewAssignmentQuery = graphql(`
  query PreviewAssignment($targets: [ID!], $cascade: [CascadeSelector!]) {
    previewAssignment(targets: $targets, cascade: $cascade)
  }
`);

export const CreateItemMutation = graphql(`
  mutation CreateItem($input: CreateSupervisionItemInput!) {
    createSupervisionItem(input: $input) {
      id
      regNumber
      status
    }
  }
`);

export const RegisterItemMutation = graphql(`
  mutation RegisterItem($itemId: ID!) {
    registerSupervisionItem(itemId: $itemId) {
      id
      regNumber
      status
    }
  }
`);

export const AssignItemMutation = graphql(`
  mutation AssignItem($itemId: ID!, $targets: [ID!], $cascade: [CascadeSelector!], $leadUnitId: ID) {
    assignItem(itemId: $itemId, targets: $targets, cascade: $cascade, leadUnitId: $leadUnitId) {
      count
      item {
        id
        status
      }
    }
  }
`);

export const AssignmentRowFields = graphql(`
  fragment AssignmentRow on Assignment {
    id
    itemId
    parentId
    issuerUnitId
    role
    status
    deadline
    light
    lightReason
    progressPercent
    target
    achieved
    overdue
    returned
    extensionPending
    escalated
    split
    tightened
    notApplicable
    childCount
    acceptedAt
    doneAt
    unit {
      id
      name
      kind
      subtype
    }
  }
`);

export const ItemDetailQuery = graphql(`
  query ItemDetail($id: ID!) {
    supervisionItem(id: $id) {
      id
      regNumber
      title
      source
      category
      status
      isKey
      content
      requirements
      instruction
      deadline
      deadlineTier
      leaderName
      responsiblePerson
      target
      targetUnit
      rollupPolicy
      feedback
      withdrawnReason
      createdAt
      issuerUnitId
      issuerUnit {
        id
        name
      }
      leadUnit {
        id
        name
      }
      rollup {
        ...RollupFields
      }
    }
  }
`);

/** One level of the cascade tree of an item (parentId null = the units the item was assigned to). */
export const ItemAssignmentsQuery = graphql(`
  query ItemAssignments($id: ID!, $parentId: ID, $status: AssignmentStatus, $first: Int!, $after: String) {
    supervisionItem(id: $id) {
      id
      assignments(parentId: $parentId, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageCursor
        }
        edges {
          node {
            ...AssignmentRow
          }
        }
      }
    }
  }
`);

export const ItemEventsQuery = graphql(`
  query ItemEvents($id: ID!, $first: Int!, $after: String) {
    supervisionItem(id: $id) {
      id
      events(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageCursor
        }
        edges {
          node {
            id
            action
            actorName
            at
            text
            assignmentId
          }
        }
      }
    }
  }
`);

export const ReportFields = graphql(`
  fragment ReportFields on Report {
    id
    assignmentId
    itemId
    status
    content
    progressPercent
    achieved
    version
    submittedAt
    signedAt
    reviewedAt
    reviewComment
    checklist {
      factsAccurate
      policyCompliant
      problemSolved
      formatCorrect
    }
    attachments {
      name
      url
    }
  }
`);

export const AssignmentDetailQuery = graphql(`
  query AssignmentDetail($id: ID!) {
    assignment(id: $id) {
      ...AssignmentRow
      issuerUnit {
        id
        name
      }
      item {
        id
        title
        regNumber
        target
        targetUnit
      }
      reports {
        ...ReportFields
      }
      progressUpdates {
        id
        percent
        achieved
        text
        createdAt
      }
      urgeNotices {
        id
        number
        kind
        text
        createdAt
      }
      extensionRequests {
        id
        status
        reason
        currentDeadline
        requestedDeadline
        requestedAt
        decisionComment
      }
    }
  }
`);

export const ReviewReportMutation = graphql(`
  mutation ReviewReport(
    $reportId: ID!
    $decision: ReviewDecision!
    $checklist: ReviewChecklistInput!
    $comment: String
  ) {
    reviewReport(reportId: $reportId, decision: $decision, checklist: $checklist, comment: $comment) {
      ...ReportFields
    }
  }
`);

export const UrgeMutation = graphql(`
  mutation Urge($assignmentId: ID!, $text: String) {
    urgeAssignment(assignmentId: $assignmentId, text: $text) {
      id
      number
    }
  }
`);

export const DecideExtensionMutation = graphql(`
  mutation DecideExtension($requestId: ID!, $approve: Boolean!, $comment: String) {
    decideExtension(requestId: $requestId, approve: $approve, comment: $comment) {
      id
      status
    }
  }
`);

export const ResolveEscalationMutation = graphql(`
  mutation ResolveEscalation($assignmentId: ID!, $resolution: String!) {
    resolveEscalation(assignmentId: $assignmentId, resolution: $resolution) {
      id
      escalated
    }
  }
`);

export const WithdrawItemMutation = graphql(`
  mutation WithdrawItem($itemId: ID!, $reason: String!) {
    withdrawItem(itemId: $itemId, reason: $reason) {
      id
      status
      withdrawnReason
    }
  }
`);

export const FeedBackItemMutation = graphql(`
  mutation FeedBackItem($itemId: ID!, $feedback: String!) {
    feedBackItem(itemId: $itemId, feedback: $feedback) {
      id
      status
      feedback
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reportQueue(kind: "REVIEW") {
      ...ReportFields
    }
    pendingExtensionRequests {
      id
      assignmentId
      status
      reason
      currentDeadline
      requestedDeadline
      requestedAt
      currentProgress
    }
  }
`);

/** Context for a report or request in a queue: which item, which unit (Report carries only ids). */
export const AssignmentContextQuery = graphql(`
  query AssignmentContext($id: ID!) {
    assignment(id: $id) {
      id
      status
      unit {
        id
        name
      }
      item {
        id
        title
        regNumber
      }
    }
  }
`);
