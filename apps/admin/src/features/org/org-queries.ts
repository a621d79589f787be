import { graphql } from '../../gql';

/**
 * What a tree node needs: enough to label it and to know whether it can be expanded. Spread as
 * `...OrgTreeNode`; its TypeScript type is the generated `OrgTreeNodeFragment`.
 */
export const OrgTreeNodeFields = graphql(`
  fragment OrgTreeNode on OrgUnit {
    id
    name
    kind
    subtype
    childCount
  }
`);

/** One level of the tree, fetched when a node is expanded. */
export const OrgChildrenQuery = graphql(`
  query OrgChildren($id: ID!) {
    orgUnit(id: $id) {
      id
      children {
        ...OrgTreeNode
      }
    }
  }
`);

export const OrgUnitDetailQuery = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      code
      kind
      subtype
      childCount
      officePrefix
      allowedActions
      ancestors {
        id
        name
      }
    }
  }
`);

/** SUPERVISOR of the office: its 机关代字, the prefix of every number it issues from now on. */
export const SetOfficePrefixMutation = graphql(`
  mutation SetOfficePrefix($prefix: String!) {
    setOfficePrefix(prefix: $prefix)
  }
`);

/** Name search within the caller's subtree; ancestors locate each match in the tree. */
export const OrgSearchQuery = graphql(`
  query OrgSearch($search: String!, $first: Int!) {
    orgUnits(search: $search, first: $first) {
      totalCount
      edges {
        node {
          ...OrgTreeNode
          ancestors {
            id
            name
          }
        }
      }
    }
  }
`);

/** ADMIN: a new department under a non-department unit of the admin's subtree. */
export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($parentId: ID!, $name: String!) {
    createDepartment(parentId: $parentId, name: $name) {
      ...OrgTreeNode
    }
  }
`);

/** ADMIN: departments only; divisions keep their official names. */
export const RenameOrgUnitMutation = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      ...OrgTreeNode
    }
  }
`);
