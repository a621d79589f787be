import { graphql } from '../../gql';

/** What every attachment list shows: name, size, type and the caller's signed links. */
export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    name
    size
    mimeType
    downloadUrl
    thumbnailUrl
  }
`);
