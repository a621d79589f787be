import type { ApolloServerPlugin } from '@apollo/server';
import { Bilingual } from '../errors/app-error';
import { RequestContext } from '../context/request-context';

/**
 * Ends each operation's scoped transaction and answers errors in the caller's language.
 * Mutations have already committed or rolled back on their own (see MutationAtomicInterceptor);
 * what is left here is the read transaction of the response.
 */
export const requestPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        await contextValue.db.finish(true);
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const ext = error.extensions as Record<string, unknown> | undefined;
          const text = ext?.i18n as Bilingual | undefined;
          if (!text) continue;
          (error as { message: string }).message = contextValue.locale === 'en' ? text.en : text.zh;
          delete ext!.i18n;
        }
      },
    };
  },
};
