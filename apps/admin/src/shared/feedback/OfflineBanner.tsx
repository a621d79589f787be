import { useSyncExternalStore } from 'react';
import { Alert } from 'antd';
import { useT } from '../i18n/locale';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * The installed app opens from its cached shell without a network (a township office's flaky line, a phone
 * in a lift); this says so instead of leaving the liaison with spinners, and goes away when the line is back.
 */
export function OfflineBanner() {
  const t = useT();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <Alert
      banner
      type="warning"
      role="status"
      data-testid="offline-banner"
      message={t('app.offline')}
      style={{ position: 'sticky', top: 0, zIndex: 1100 }}
    />
  );
}
