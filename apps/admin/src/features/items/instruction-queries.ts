// 批示 / 阅示 by leaders and 复查复议 of a concluded item.
import { graphql } from '../../gql';

export const InstructionFields = graphql(`
  fragment InstructionFields on Instruction {
    id
    target
    kind
    text
    leaderName
    createdAt
    reopenDeadline
    reportId
  }
`);

/** The leaders' words on an item and its 结果反馈 (not on its reports), with what the caller may do. */
export const ItemInstructionsQuery = graphql(`
  query ItemInstructions($id: ID!) {
    supervisionItem(id: $id) {
      id
      status
      feedback
      allowedActions
      instructions {
        ...InstructionFields
      }
    }
  }
`);

export const InstructItemMutation = graphql(`
  mutation InstructItem($itemId: ID!, $text: String!) {
    instructItem(itemId: $itemId, text: $text) {
      ...InstructionFields
    }
  }
`);

export const InstructReportMutation = graphql(`
  mutation InstructReport($reportId: ID!, $text: String!) {
    instructReport(reportId: $reportId, text: $text) {
      ...InstructionFields
    }
  }
`);

export const ReadFeedbackMutation = graphql(`
  mutation ReadFeedback($itemId: ID!, $kind: InstructionKind!, $text: String, $deadline: DateTime) {
    readFeedback(itemId: $itemId, kind: $kind, text: $text, deadline: $deadline) {
      ...InstructionFields
    }
  }
`);

export const RecheckItemMutation = graphql(`
  mutation RecheckItem($itemId: ID!, $reason: String!, $deadline: DateTime!) {
    recheckItem(itemId: $itemId, reason: $reason, deadline: $deadline) {
      id
      status
      deadline
      reopenCount
      allowedActions
    }
  }
`);
