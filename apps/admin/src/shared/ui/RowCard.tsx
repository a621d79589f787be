import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Empty, Flex, Grid, Typography } from 'antd';
import { PercentBar } from '../domain/labels';
import { useT } from '../i18n/locale';

/** A phone is below antd's `md` (768 px): lists become cards there, tables stay on a desktop. */
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/** A phone's list: the cards stacked to the screen's width, or a loading card, or what the empty list says. */
export function CardList({
  loading,
  empty,
  testId,
  children,
}: {
  loading: boolean;
  empty: string;
  testId: string;
  children: ReactNode[];
}) {
  if (!children.length) return loading ? <Card loading size="small" /> : <Empty description={empty} />;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {children}
    </Flex>
  );
}

type DataAttributes = { [key: `data-${string}`]: string | undefined };

/**
 * One row of a wide table as a phone card, the row's columns top to bottom: the item (to its page) with a secondary
 * line, unit and status, light, deadline and progress, then whatever else the row shows and its buttons. A click on
 * the card (outside its links and buttons) does `onClick`, e.g. opens the assignment.
 */
export function RowCard({
  to,
  title,
  meta,
  unit,
  status,
  light,
  deadline,
  overdue,
  progress,
  progressText,
  children,
  actions,
  onClick,
  ...data
}: DataAttributes & {
  to: string;
  title: ReactNode;
  meta?: ReactNode;
  unit?: ReactNode;
  status?: ReactNode;
  light?: ReactNode;
  deadline: ReactNode;
  overdue?: boolean;
  /** A 0–100 bar, or `progressText` where the row shows a figure instead. */
  progress?: number;
  progressText?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  onClick?: () => void;
}) {
  const t = useT();
  // Links and buttons inside the card do their own thing, not the card's.
  const own: HTMLAttributes<HTMLElement> = { onClick: (e) => e.stopPropagation() };
  return (
    <Card size="small" hoverable={!!onClick} onClick={onClick} styles={{ body: { padding: 12 } }} {...data}>
      <Flex vertical gap={6}>
        <Link to={to} {...own} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
          {title}
        </Link>
        {meta && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {meta}
          </Typography.Text>
        )}
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong ellipsis>
            {unit}
          </Typography.Text>
          {status}
        </Flex>
        {light}
        <Flex justify="space-between" align="center" gap={12}>
          <Typography.Text type={overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
            {t('common.deadline')} {deadline}
          </Typography.Text>
          <div style={{ flex: 1, minWidth: 0, textAlign: 'right' }}>
            {progress != null ? <PercentBar percent={progress} /> : progressText}
          </div>
        </Flex>
        {children}
        {actions && (
          <Flex justify="space-between" align="center" gap={8} wrap {...own}>
            {actions}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
