import { Flex, Spin } from 'antd';
import { useT } from '../i18n/locale';

/** Loading state for a whole page or content area while its code or first data arrives. */
export function PageSpinner() {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, height: '100%' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
