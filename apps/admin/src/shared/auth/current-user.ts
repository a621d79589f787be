import { useOutletContext } from 'react-router';
import { graphql } from '../../gql';
import type { CurrentUserQuery as CurrentUserResult } from '../../gql/graphql';

/** Who is signed in: loaded once by the app layout and handed to pages through the router outlet. */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      username
      displayName
      roles
      actingSignerToday
      orgUnit {
        id
        name
        code
        kind
        subtype
        childCount
        ancestors {
          id
          name
        }
      }
    }
  }
`);

export type CurrentUser = CurrentUserResult['me'];

/** The signed-in user inside any page rendered by AppLayout (never undefined there). */
export function useCurrentUser(): CurrentUser {
  return useOutletContext<CurrentUser>();
}
