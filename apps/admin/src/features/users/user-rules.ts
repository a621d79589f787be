import type { Rule } from 'antd/es/form';
import { PASSWORD_POLICY_TEXT, passwordProblems } from '@duban/rules';
import type { Role } from '../../gql/graphql';
import type { Translate } from '../../shared/i18n/locale';

export const ROLE_COLOR: Record<Role, string> = {
  ADMIN: 'red',
  LEADER: 'gold',
  SUPERVISOR: 'blue',
  HEAD: 'purple',
  LIAISON: 'green',
};

// The same rules the API applies (user-admin.service): checked here first so the clerk sees them at once.
export const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

export const usernameRules = (t: Translate): Rule[] => [
  { required: true, message: t('user.usernameRule') },
  { pattern: USERNAME, message: t('user.usernameRule') },
];
export const displayNameRules = (t: Translate): Rule[] => [
  { required: true, whitespace: true, message: t('user.displayNameRule') },
  { max: 64, message: t('user.displayNameRule') },
];
/**
 * 密码策略 from @duban/rules, the very function the API calls: the first problem, in the API's words.
 * `username` is the account's (the form's field for a new user, the user's for a reset).
 */
export const passwordRules = (t: Translate, username: () => string | undefined): Rule[] => [
  {
    validator: (_rule, value: string | undefined) => {
      const [problem] = passwordProblems(value ?? '', { username: username() });
      return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
    },
  },
];

/** The policy in one sentence, shown under password fields. */
export const passwordHint = (t: Translate) => t(PASSWORD_POLICY_TEXT);
