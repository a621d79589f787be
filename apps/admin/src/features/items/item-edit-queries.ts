import { graphql } from '../../gql';

/** The item's units as 编辑 offers them for removal: its top-level assignments, with their state. */
export const ItemEditUnitsQuery = graphql(`
  query ItemEditUnits($id: ID!) {
    supervisionItem(id: $id) {
      id
      assignments(first: 100) {
        edges {
          node {
            id
            status
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

export const EditItemMutation = graphql(`
  mutation EditItem($itemId: ID!, $input: EditSupervisionItemInput!) {
    editSupervisionItem(itemId: $itemId, input: $input) {
      id
      title
      content
      requirements
      deadline
      version
      status
      allowedActions
    }
  }
`);

export const ArchiveItemMutation = graphql(`
  mutation ArchiveItem($itemId: ID!) {
    archiveSupervisionItem(itemId: $itemId) {
      id
      status
      version
      allowedActions
    }
  }
`);

/** Whether the caller's office may run 年度归档 (its own unit's allowed actions). */
export const YearArchiveActionsQuery = graphql(`
  query YearArchiveActions {
    me {
      id
      orgUnit {
        id
        allowedActions
      }
    }
  }
`);

export const ArchivableCountQuery = graphql(`
  query ArchivableCount($year: Int!) {
    archivableItemCount(year: $year)
  }
`);

export const ArchiveYearMutation = graphql(`
  mutation ArchiveYear($year: Int!) {
    archiveConcludedItems(year: $year)
  }
`);
