import { graphql } from '../../gql';

export const BulletinsQuery = graphql(`
  query Bulletins($kind: BulletinKind, $year: Int, $first: Int!, $after: String) {
    bulletins(kind: $kind, year: $year, first: $first, after: $after) {
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
      reReviewRate
      meetsReReviewTarget
    }
  }
`);
