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
    escalated
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

/** What a 交办/分解 would create: the count and the first units, each with its parent to tell them apart. */
export const PreviewAssignmentQuery = graphql(`
  query PreviewAssignment($targets: [ID!], $cascade: [CascadeSelector!], $first: Int) {
    previewAssignmentUnits(targets: $targets, cascade: $cascade, first: $first) {
      count
      units {
        id
        name
        kind
        subtype
        parent {
          id
          name
        }
      }
    }
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
      allowedActions
    }
  }
`);

export const AssignItemMutation = graphql(`
  mutation AssignItem(
    $itemId: ID!
    $targets: [ID!]
    $shares: [ShareInput!]
    $cascade: [CascadeSelector!]
    $leadUnitId: ID
  ) {
    assignItem(
      itemId: $itemId
      targets: $targets
      shares: $shares
      cascade: $cascade
      leadUnitId: $leadUnitId
    ) {
      count
      item {
        id
        status
        allowedActions
      }
    }
  }
`);

export const AssignmentRowFields = graphql(`
  fragment AssignmentRow on Assignment {
    id
    itemId
    parentId
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
    extensionForwarded
    escalated
    escalationForwarded
    split
    tightened
    notApplicable
    childCount
    acceptedAt
    doneAt
    allowedActions
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
      reopenCount
      reopenedAt
      reopenReason
      createdAt
      version
      allowedActions
      printableDocuments
      attachments {
        ...AttachmentFields
      }
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
      myAssignments {
        id
        target
        status
      }
    }
  }
`);

/**
 * One link of the chain: the assignment, what its subtree has achieved (a split link's progress is derived from
 * its sub-units), and its latest report (newest first) with who signed it and when.
 */
export const ChainLinkFields = graphql(`
  fragment ChainLink on Assignment {
    ...AssignmentRow
    declined
    withdrawnReason
    issuerUnit {
      id
      name
    }
    rollup {
      achieved
      progressPercent
    }
    reports {
      id
      status
      submittedAt
      signedAt
      signer {
        id
        displayName
      }
      signedFor {
        id
        displayName
      }
    }
  }
`);

/**
 * One level of the chain (办理链条) of an item: parentId null = the top as the caller sees it (the issuing office:
 * the item's top level; a unit holding a share of a higher item: its own share); with parentId, that assignment's
 * children. With `flat`, instead every assignment in the caller's scope at any level, filtered and sorted by the
 * API (the table's filter). Every level and the flat list are this one query, so each list that refetches
 * 'ItemAssignments' refreshes all of them.
 */
export const ItemAssignmentsQuery = graphql(`
  query ItemAssignments(
    $id: ID!
    $parentId: ID
    $status: AssignmentStatus
    $first: Int!
    $after: String
    $flat: Boolean! = false
    $filter: AssignmentListFilter
    $sort: AssignmentSort
  ) {
    supervisionItem(id: $id) {
      id
      assignments(parentId: $parentId, status: $status, first: $first, after: $after) @skip(if: $flat) {
        totalCount
        pageInfo {
          ...PageCursor
        }
        edges {
          node {
            ...ChainLink
          }
        }
      }
      assignmentList(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $flat) {
        totalCount
        pageInfo {
          ...PageCursor
        }
        edges {
          node {
            ...ChainLink
          }
        }
      }
    }
  }
`);

/** The shares already given out at an item's top level (the 交办 dialog's live sum). */
export const ItemSharesQuery = graphql(`
  query ItemShares($id: ID!) {
    supervisionItem(id: $id) {
      id
      assignments(first: 100) {
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
            before
            after
            assignmentId
            prevHash
            hash
          }
        }
      }
    }
  }
`);

/** 记录完整性: the server re-hashes the item's whole trail; only the verdict is fetched (first: 0). */
export const ItemAuditIntegrityQuery = graphql(`
  query ItemAuditIntegrity($itemId: ID!) {
    itemAuditChain(itemId: $itemId, first: 0) {
      itemId
      verified
      chains
      brokenAt {
        eventId
        position
      }
    }
  }
`);

export const WithdrawItemMutation = graphql(`
  mutation WithdrawItem($itemId: ID!, $reason: String!) {
    withdrawItem(itemId: $itemId, reason: $reason) {
      id
      status
      withdrawnReason
      allowedActions
    }
  }
`);

export const FeedBackItemMutation = graphql(`
  mutation FeedBackItem($itemId: ID!, $feedback: String!) {
    feedBackItem(itemId: $itemId, feedback: $feedback) {
      id
      status
      feedback
      allowedActions
    }
  }
`);
