import { graphql } from '../../gql';

export const UserRowFields = graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    roles
    active
    orgUnit {
      id
      name
      ancestors {
        id
      }
    }
  }
`);

/** 用户管理: one page of the accounts in the admin's subtree; keyset pagination like the ledger. */
export const UsersQuery = graphql(`
  query Users($search: String, $orgUnitId: ID, $first: Int!, $after: String) {
    users(search: $search, orgUnitId: $orgUnitId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($id: ID!, $password: String!) {
    resetPassword(id: $id, password: $password)
  }
`);
