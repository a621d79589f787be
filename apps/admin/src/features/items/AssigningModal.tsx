import { useEffect, useState } from 'react';
import { Modal, Progress, Typography } from 'antd';
import { useT } from '../../shared/i18n/locale';

/**
 * Shown while a cascade runs. The API does it in one statement and reports nothing until it commits, so the
 * bar advances on an estimate (≈ 50,000 units a second, DESIGN §5) and stops short of full until it returns.
 */
export function AssigningModal({ count }: { count: number | null }) {
  const t = useT();
  const [pct, setPct] = useState(0);
  useEffect(() => {
    if (count == null) return setPct(0);
    const expectedMs = 400 + (count / 50_000) * 1000;
    const start = Date.now();
    const timer = setInterval(() => {
      setPct(Math.min(95, Math.round(((Date.now() - start) / expectedMs) * 90)));
    }, 100);
    return () => clearInterval(timer);
  }, [count]);
  return (
    <Modal open={count != null} closable={false} footer={null} mask={{ closable: false }} centered>
      <Typography.Paragraph>{t('item.assigning', { count: count ?? 0 })}</Typography.Paragraph>
      <Progress percent={pct} status="active" />
    </Modal>
  );
}
