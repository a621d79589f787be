// One assignment in detail — its reports, progress, notices and extension requests — the review queue, and the
// issuer's and reviewer's operations on them. The item-level documents are in item-queries.ts.
import { graphql } from '../../gql';

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
    allowedActions
    checklist {
      factsAccurate
      policyCompliant
      problemSolved
      formatCorrect
    }
    attachments {
      ...AttachmentFields
    }
    reviewAttachments {
      ...AttachmentFields
    }
  }
`);

export const ExtensionRequestFields = graphql(`
  fragment ExtensionRequestFields on ExtensionRequest {
    id
    status
    reason
    currentDeadline
    requestedDeadline
    requestedAt
    decidedAt
    decisionComment
    forwardOpinion
    forwardedTo
  }
`);

export const AssignmentDetailQuery = graphql(`
  query AssignmentDetail($id: ID!) {
    assignment(id: $id) {
      ...AssignmentRow
      rollup {
        orgUnitId
        itemId
        light
        lightReason
        lightOverridden
        canOverrideLight
      }
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
        attachments {
          ...AttachmentFields
        }
      }
      urgeNotices {
        id
        number
        kind
        text
        createdAt
        printableDocuments
      }
      extensionRequests {
        ...ExtensionRequestFields
      }
      escalations {
        id
        status
        reason
        forwardOpinion
        forwardedTo
        resolution
        resolvedAt
        createdAt
        toUnitId
        attachments {
          ...AttachmentFields
        }
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
    $fileIds: [ID!]
  ) {
    reviewReport(
      reportId: $reportId
      decision: $decision
      checklist: $checklist
      comment: $comment
      fileIds: $fileIds
    ) {
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

/** 人工调整灯色 of a unit's roll-up for an item (light null: back to the computed light); a reason is required. */
export const OverrideLightMutation = graphql(`
  mutation OverrideLight($itemId: ID!, $orgUnitId: ID!, $light: Light, $reason: String!) {
    overrideRollupLight(itemId: $itemId, orgUnitId: $orgUnitId, light: $light, reason: $reason) {
      orgUnitId
      itemId
      light
      lightReason
      lightOverridden
      canOverrideLight
    }
  }
`);

/** 批量催办: one notice each, all or nothing (the API refuses the whole batch if one may not be urged). */
export const UrgeManyMutation = graphql(`
  mutation UrgeMany($ids: [ID!]!, $text: String) {
    urgeAssignments(ids: $ids, text: $text) {
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
      forwardedTo
    }
  }
`);

export const ResolveEscalationMutation = graphql(`
  mutation ResolveEscalation($assignmentId: ID!, $resolution: String!) {
    resolveEscalation(assignmentId: $assignmentId, resolution: $resolution) {
      id
      escalated
      allowedActions
    }
  }
`);

/** The deciding office's own deadline: an extension beyond it is forwarded to the office above. */
export const ParentDeadlineQuery = graphql(`
  query ParentDeadline($id: ID!) {
    assignment(id: $id) {
      id
      deadline
    }
  }
`);

export const ForwardEscalationMutation = graphql(`
  mutation ForwardEscalation($assignmentId: ID!, $opinion: String!) {
    forwardEscalation(assignmentId: $assignmentId, opinion: $opinion) {
      id
      escalated
      escalationForwarded
      allowedActions
    }
  }
`);

export const SetNotApplicableMutation = graphql(`
  mutation SetNotApplicable($assignmentId: ID!, $notApplicable: Boolean!, $reason: String!) {
    setNotApplicable(assignmentId: $assignmentId, notApplicable: $notApplicable, reason: $reason) {
      id
      notApplicable
      allowedActions
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reportQueue(kind: REVIEW) {
      ...ReportFields
      hash
      hashVerified
      signer {
        id
        displayName
      }
      signedFor {
        id
        displayName
      }
      citations {
        citedReportId
      }
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

/**
 * Context for a report or request in a queue: which item, which unit (Report carries only ids), and what the
 * caller may do with the assignment (an extension request is decided through it).
 */
export const AssignmentContextQuery = graphql(`
  query AssignmentContext($id: ID!) {
    assignment(id: $id) {
      id
      status
      allowedActions
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
