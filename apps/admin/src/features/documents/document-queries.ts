// 打印文书 and 核验: issue a form of a record, and the public verification of a code.
import { graphql } from '../../gql';

export const IssueDocumentMutation = graphql(`
  mutation IssueDocument($kind: DocumentKind!, $subjectId: ID!, $format: DocumentFormat!) {
    issueDocument(kind: $kind, subjectId: $subjectId, format: $format) {
      id
      kind
      format
      verificationCode
      sha256
      issuedAt
      fileName
      downloadUrl
    }
  }
`);

/** A report's printable forms, read by the print button itself (the report drawer's query stays as it is). */
export const ReportPrintableQuery = graphql(`
  query ReportPrintable($id: ID!) {
    report(id: $id) {
      id
      printableDocuments
    }
  }
`);

export const VerifyDocumentQuery = graphql(`
  query VerifyDocument($code: String!, $sha256: String) {
    verifyDocument(code: $code, sha256: $sha256) {
      found
      matches
      kind
      documentNumber
      title
      officeName
      issuedAt
      subjectStatus
    }
  }
`);
