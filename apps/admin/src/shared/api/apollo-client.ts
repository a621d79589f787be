import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { expireSession, sessionStore } from '../auth/session';
import { notifyError } from '../feedback/notify';
import { localeStore } from '../i18n/locale';
import { describeError } from './errors';
import { persistedDocumentsLink } from './persisted-link';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The component shows this operation's errors itself (e.g. the login form): no global toast. */
    inlineErrors?: boolean;
  }
}

// Token and locale are read per request, so signing in or switching language needs no new client.
const requestHeaders = new SetContextLink((prev) => {
  const { token } = sessionStore.get();
  return {
    headers: {
      ...prev.headers,
      'Accept-Language': localeStore.get(),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  };
});

/**
 * One place that turns API errors into what the user sees: an expired or revoked session ends it (the
 * router then shows the login page with the reason); other errors show the server's own text.
 */
const errorFeedback = new ErrorLink(({ error, operation }) => {
  const context = operation.getContext();
  if (CombinedGraphQLErrors.is(error)) {
    const unauthenticated = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    // Only a request that carried the current token proves the session is gone; a wrong password does not.
    const sentToken = (context.headers as Record<string, string> | undefined)?.Authorization;
    const { token } = sessionStore.get();
    if (unauthenticated) {
      if (token && sentToken === `Bearer ${token}`) expireSession();
      return;
    }
  }
  if (!context.inlineErrors) notifyError(describeError(error));
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      errorFeedback,
      requestHeaders,
      persistedDocumentsLink(),
      new HttpLink({ uri: '/graphql' }),
    ]),
    cache: new InMemoryCache(),
  });
}
