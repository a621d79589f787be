import { graphql } from '../../gql';

export const SpreadsheetJobFields = graphql(`
  fragment SpreadsheetJobFields on SpreadsheetJob {
    id
    kind
    status
    done
    total
    percent
    fileName
    downloadUrl
    error
    rowErrors {
      row
      column
      value
      reason
    }
    createdItems {
      row
      itemId
      regNumber
      title
    }
  }
`);

/** The caller's own recent jobs of one kind, newest first (a file exported earlier is still there). */
export const MySpreadsheetJobsQuery = graphql(`
  query MySpreadsheetJobs($kind: SpreadsheetJobKind, $first: Int) {
    mySpreadsheetJobs(kind: $kind, first: $first) {
      id
      status
      fileName
      createdAt
    }
  }
`);

export const SpreadsheetActionsQuery = graphql(`
  query SpreadsheetActions {
    spreadsheetActions
  }
`);

export const SpreadsheetJobQuery = graphql(`
  query SpreadsheetJob($id: ID!) {
    spreadsheetJob(id: $id) {
      ...SpreadsheetJobFields
    }
  }
`);

export const StartLedgerExportMutation = graphql(`
  mutation StartLedgerExport($filter: SupervisionItemFilter) {
    startLedgerExport(filter: $filter) {
      ...SpreadsheetJobFields
    }
  }
`);

export const TargetImportTemplateQuery = graphql(`
  query TargetImportTemplate {
    targetImportTemplate {
      url
      fileName
    }
  }
`);

export const StartTargetImportMutation = graphql(`
  mutation StartTargetImport($fileId: ID!) {
    startTargetImport(fileId: $fileId) {
      ...SpreadsheetJobFields
    }
  }
`);
