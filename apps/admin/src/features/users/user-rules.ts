import type { Rule } from 'antd/es/form';
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
export const isStrongPassword = (p: string) => p.length >= 8 && /[A-Za-z]/.test(p) && /\d/.test(p);

export const usernameRules = (t: Translate): Rule[] => [
  { required: true, message: t('user.usernameRule') },
  { pattern: USERNAME, message: t('user.usernameRule') },
];
export const displayNameRules = (t: Translate): Rule[] => [
  { required: true, whitespace: true, message: t('user.displayNameRule') },
  { max: 64, message: t('user.displayNameRule') },
];
export const passwordRules = (t: Translate): Rule[] => [
  {
    validator: (_rule, value: string | undefined) =>
      value && isStrongPassword(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('user.passwordRule'))),
  },
];
