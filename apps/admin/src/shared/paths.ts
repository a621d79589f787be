/** Route paths shared by the router, the menu and redirects. */
export const LOGIN_PATH = '/login';
export const WORKBENCH_PATH = '/workbench';
export const ORG_PATH = '/org';
export const COCKPIT_PATH = '/cockpit';
export const LEDGER_PATH = '/items';
export const NEW_ITEM_PATH = '/items/new';
export const TEMPLATES_PATH = '/items/templates';
export const INBOX_PATH = '/inbox';
export const SUBTREE_PATH = '/subtree';
export const SIGN_PATH = '/sign';
export const REVIEW_PATH = '/review';
export const BULLETINS_PATH = '/bulletins';
export const SCOREBOARD_PATH = '/scoreboard';
export const USERS_PATH = '/users';
export const FAILED_JOBS_PATH = '/failed-jobs';
export const ACCESS_TOKENS_PATH = '/access-tokens';
/** 文书核验: public, outside the login wall (printed forms carry `/verify/<code>`). */
export const VERIFY_PATH = '/verify';
export const itemPath = (id: string) => `${LEDGER_PATH}/${id}`;
/** Where a user lands after signing in (and for unknown paths): their 工作台. */
export const HOME_PATH = WORKBENCH_PATH;
