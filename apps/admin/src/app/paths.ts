/** Route paths shared by the router, the menu and redirects. */
export const LOGIN_PATH = '/login';
export const ORG_PATH = '/org';
/** Where a user lands after signing in (and for unknown paths). */
export const HOME_PATH = ORG_PATH;
