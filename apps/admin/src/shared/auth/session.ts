import { createExternalStore, useExternalStore } from '../external-store';

/**
 * The signed-in session: the API token (kept in localStorage so a reload stays signed in) and whether the
 * last session ended because the server rejected it, so the login page can say why the user is there.
 */
export interface Session {
  token: string | null;
  expired: boolean;
}

const TOKEN_KEY = 'duban.token';

export const sessionStore = createExternalStore<Session>({
  token: localStorage.getItem(TOKEN_KEY),
  expired: false,
});

function setToken(token: string | null, expired: boolean): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
  sessionStore.set({ token, expired });
}

export const signIn = (token: string) => setToken(token, false);
export const signOut = () => setToken(null, false);
/** The API answered UNAUTHENTICATED to a request that carried a token. */
export const expireSession = () => setToken(null, true);

// Signing in or out in another tab applies here too.
window.addEventListener('storage', (e) => {
  if (e.key === TOKEN_KEY) sessionStore.set({ token: e.newValue, expired: false });
});

export function useSession(): Session {
  return useExternalStore(sessionStore);
}
