import { Alert, Button, Flex } from 'antd';
import { useT } from '../shared/i18n/locale';

/**
 * Shown when a route cannot render, typically a lazy chunk that failed to download after a redeploy.
 * An Alert rather than antd's Result: this is in the first page's bundle, Result's illustrations are not.
 */
export function RouteError() {
  const t = useT();
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Alert
        type="warning"
        showIcon
        title={t('app.pageFailed')}
        action={
          <Button size="small" type="primary" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </Button>
        }
      />
    </Flex>
  );
}
