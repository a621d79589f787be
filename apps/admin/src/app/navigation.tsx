import type { ReactNode } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { MessageKey } from '../shared/i18n/messages';
import { ORG_PATH } from './paths';

/** Sider menu entries; a new page adds its route in routes.tsx and its entry here. */
export const NAV_ITEMS: { path: string; label: MessageKey; icon: ReactNode }[] = [
  { path: ORG_PATH, label: 'nav.org', icon: <ApartmentOutlined /> },
];
