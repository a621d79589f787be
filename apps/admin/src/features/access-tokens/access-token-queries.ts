import { graphql } from '../../gql';

export const AccessTokenRowFields = graphql(`
  fragment AccessTokenRow on AccessToken {
    id
    name
    displayPrefix
    status
    expiresAt
    createdAt
    lastUsedAt
    revokedAt
    allowedActions
    orgUnit {
      id
      name
    }
  }
`);

/** 访问令牌: the caller's own tokens, newest first (never their secrets). */
export const MyAccessTokensQuery = graphql(`
  query MyAccessTokens {
    myAccessTokens {
      ...AccessTokenRow
    }
  }
`);

/** An administrator's view of one user's tokens (用户管理). */
export const UserAccessTokensQuery = graphql(`
  query UserAccessTokens($userId: ID!) {
    userAccessTokens(userId: $userId) {
      ...AccessTokenRow
    }
  }
`);

export const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        ...AccessTokenRow
      }
    }
  }
`);

export const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id) {
      ...AccessTokenRow
    }
  }
`);
