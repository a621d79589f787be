/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnit {\n        id\n        name\n        code\n        kind\n        subtype\n        childCount\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment OrgTreeNode on OrgUnit {\n    id\n    name\n    kind\n    subtype\n    childCount\n  }\n": typeof types.OrgTreeNodeFragmentDoc,
    "\n  query OrgChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...OrgTreeNode\n      }\n    }\n  }\n": typeof types.OrgChildrenDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      code\n      kind\n      subtype\n      childCount\n      ancestors {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitDetailDocument,
    "\n  query OrgSearch($search: String!, $first: Int!) {\n    orgUnits(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...OrgTreeNode\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgSearchDocument,
};
const documents: Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnit {\n        id\n        name\n        code\n        kind\n        subtype\n        childCount\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  fragment OrgTreeNode on OrgUnit {\n    id\n    name\n    kind\n    subtype\n    childCount\n  }\n": types.OrgTreeNodeFragmentDoc,
    "\n  query OrgChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...OrgTreeNode\n      }\n    }\n  }\n": types.OrgChildrenDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      code\n      kind\n      subtype\n      childCount\n      ancestors {\n        id\n        name\n      }\n    }\n  }\n": types.OrgUnitDetailDocument,
    "\n  query OrgSearch($search: String!, $first: Int!) {\n    orgUnits(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...OrgTreeNode\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnit {\n        id\n        name\n        code\n        kind\n        subtype\n        childCount\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      orgUnit {\n        id\n        name\n        code\n        kind\n        subtype\n        childCount\n        ancestors {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgTreeNode on OrgUnit {\n    id\n    name\n    kind\n    subtype\n    childCount\n  }\n"): (typeof documents)["\n  fragment OrgTreeNode on OrgUnit {\n    id\n    name\n    kind\n    subtype\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...OrgTreeNode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...OrgTreeNode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      code\n      kind\n      subtype\n      childCount\n      ancestors {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      code\n      kind\n      subtype\n      childCount\n      ancestors {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgSearch($search: String!, $first: Int!) {\n    orgUnits(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...OrgTreeNode\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgSearch($search: String!, $first: Int!) {\n    orgUnits(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...OrgTreeNode\n          ancestors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;