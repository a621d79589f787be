import { graphql } from '../../gql';

export const BulletinsQuery = graphql(`
  query Bulletins($kind: BulletinKind, $year: Int, $itemId: ID, $first: Int!, $after: String) {
    bulletins(kind: $kind, year: $year, itemId: $itemId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          id
          number
          title
          body
          kind
          level
          points
          year
          createdAt
          printableDocuments
          responsiblePerson
          issuerUnit {
            id
            name
          }
          item {
            id
            regNumber
            title
          }
          targets {
            id
            points
            admonish
            unitAwardIneligible
            criticismSeq
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

/** The bulletins concerning one item, for its page (same scope as the list of bulletins). */
export const ItemBulletinsQuery = graphql(`
  query ItemBulletins($itemId: ID!, $first: Int!) {
    bulletins(itemId: $itemId, first: $first) {
      totalCount
      edges {
        node {
          id
          number
          title
          kind
          level
          createdAt
          printableDocuments
          issuerUnit {
            id
            name
          }
          targets {
            id
            points
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

/** Items the caller can see, by a word of the title or the number: what a bulletin may concern. */
export const BulletinItemSearchQuery = graphql(`
  query BulletinItemSearch($keyword: String!, $first: Int!) {
    supervisionItems(filter: { keyword: $keyword }, first: $first) {
      totalCount
      edges {
        node {
          id
          regNumber
          title
        }
      }
    }
  }
`);

export const IssueBulletinMutation = graphql(`
  mutation IssueBulletin($input: IssueBulletinInput!) {
    issueBulletin(input: $input) {
      id
      number
    }
  }
`);

export const ScoreboardQuery = graphql(`
  query Scoreboard($parentId: ID, $year: Int) {
    scoreboard(parentId: $parentId, year: $year) {
      unitId
      unit {
        id
        name
        kind
        subtype
        childCount
      }
      year
      score
      baseScore
      bulletinPoints
      praiseCount
      criticismCount
      admonishment
      admonishedPersons
      personAwardIneligible
      unitIneligible
      applicable
      done
      completionRate
      meetsCompletionTarget
      onTimeRate
      returnRate
      reReviewRate
      meetsReReviewTarget
    }
  }
`);
