import { graphql } from '../../gql';

/** What keyset paging reads of a connection's pageInfo; spread as `...PageCursor` in connection queries. */
export const PageCursorFields = graphql(`
  fragment PageCursor on PageInfo {
    hasNextPage
    endCursor
  }
`);
