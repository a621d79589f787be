// 最多报一次: a report with the chain it cites, and the pre-filled report of a split assignment.
import { graphql } from '../../gql';

/** One cited sub-unit report, as the composed report names it, and whether the cited report still matches. */
export const CitationFields = graphql(`
  fragment CitationFields on ReportCitation {
    position
    kind
    citedReportId
    citedAssignmentId
    unitId
    unitName
    signerName
    signedForName
    signedAt
    hash
    achieved
    excerpt
    report {
      id
      hash
      hashVerified
    }
  }
`);

/** A report in full, as a reviewer or an office above reads it: who signed, its hash, and what it cites. */
export const ReportDetailQuery = graphql(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id
      assignmentId
      status
      content
      progressPercent
      achieved
      version
      submittedAt
      signedAt
      reviewedAt
      reviewComment
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
      unit {
        id
        name
      }
      item {
        id
        title
        regNumber
        targetUnit
      }
      attachments {
        ...AttachmentFields
      }
      reviewAttachments {
        ...AttachmentFields
      }
      citations {
        ...CitationFields
      }
      allowedActions
      instructions {
        ...InstructionFields
      }
    }
  }
`);

/** The report as the server will compose it for this assignment (citations, summed result, summary). */
export const ReportDraftQuery = graphql(`
  query ReportDraft($assignmentId: ID!) {
    reportDraft(assignmentId: $assignmentId) {
      assignmentId
      split
      lead
      openChildren
      notApplicableChildren
      openCoUnits
      notApplicableCoUnits
      achieved
      consolidatedAchieved
      summary
      citations {
        ...CitationFields
      }
    }
    assignment(id: $assignmentId) {
      id
      target
      returned
      item {
        id
        targetUnit
      }
      # 退回重办: the dialog starts from the report sent back (the last RETURNED one).
      reports {
        id
        status
        content
        progressPercent
        achieved
        reviewComment
      }
    }
  }
`);

/** The sub-units of a split assignment, to name those still open when its report cannot be submitted yet. */
export const SubUnitsQuery = graphql(`
  query SubUnits($id: ID!) {
    assignment(id: $id) {
      id
      children(first: 100) {
        totalCount
        edges {
          node {
            id
            status
            notApplicable
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
