import { Link } from 'react-router';
import { Badge, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { formatDate, formatTime } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { RedUnitList } from '../cockpit/RedUnitList';
import { cockpitUnitPath, QUEUE_PATH, type Section, type SectionRow } from './sections';
import { SectionRowItem } from './SectionRow';

const COUNT_COLOR = { urgent: '#f5222d', some: '#1677ff', none: '#bfbfbf' };

/**
 * One section of the 工作台 as a card: its name and count, its first rows (each linking to its item, or
 * opening its report), a link to the whole queue, and when it is empty what to do next.
 */
export function SectionCard({
  section,
  since,
  firstVisit,
  ownUnitId,
  onOpenReport,
  onOpenMessage,
}: {
  section: Section;
  ownUnitId: string;
  since?: string | null;
  firstVisit: boolean;
  onOpenReport: (reportId: string) => void;
  onOpenMessage: (row: SectionRow) => void;
}) {
  const t = useT();
  const { kind, count, urgent, rows } = section;
  const queue = QUEUE_PATH[kind];
  const color = urgent ? COUNT_COLOR.urgent : count ? COUNT_COLOR.some : COUNT_COLOR.none;
  const title = (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
        {t(`workbench.section.${kind}`)}
      </Typography.Text>
      <Badge count={count} showZero overflowCount={9999} color={color} data-testid="workbench-count" />
    </Flex>
  );
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(`workbench.empty.${kind}`)}
      style={{ margin: '8px 0' }}
    />
  );

  let body;
  if (kind === 'RED_LIST') {
    // The cockpit's red list, each unit opening the cockpit drilled down to it.
    body = rows.length ? (
      <RedUnitList
        units={rows.map((r) => ({ id: r.unitId ?? r.id, name: r.title, reason: r.lightReason ?? '' }))}
        href={cockpitUnitPath}
      />
    ) : (
      empty
    );
  } else {
    body = rows.length ? (
      <List
        size="small"
        split
        dataSource={rows}
        renderItem={(row) => (
          <List.Item style={{ paddingInline: 0 }}>
            <SectionRowItem
              kind={kind}
              row={row}
              ownUnitId={ownUnitId}
              onOpenReport={onOpenReport}
              onOpenMessage={onOpenMessage}
            />
          </List.Item>
        )}
      />
    ) : (
      empty
    );
  }

  return (
    <Card
      size="small"
      title={title}
      extra={
        queue && (
          <Link to={queue} data-testid="workbench-queue">
            {t('workbench.all')}
          </Link>
        )
      }
      style={{ height: '100%', borderColor: urgent ? '#ffccc7' : undefined }}
      styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}
      data-testid="workbench-section"
      data-kind={kind}
      data-count={count}
      data-urgent={String(urgent)}
    >
      {kind === 'CHANGES' && (
        <Flex vertical gap={6} style={{ padding: '8px 0 4px' }}>
          {since && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="workbench-since">
              {/* A first visit looks back whole China days: its start reads as a date. */}
              {firstVisit
                ? t('workbench.sinceFirst', { time: formatDate(since) })
                : t('workbench.since', { time: formatTime(since) })}
            </Typography.Text>
          )}
          <Flex wrap gap={6}>
            {section.changes.map((c) => (
              <Tag
                key={c.kind}
                color={
                  c.count
                    ? c.kind === 'TURNED_RED' || c.kind === 'TURNED_OVERDUE'
                      ? 'red'
                      : 'green'
                    : undefined
                }
                data-testid="workbench-change-count"
                data-kind={c.kind}
                data-count={c.count}
              >
                {t(`workbench.change.${c.kind}`)} {c.count}
              </Tag>
            ))}
          </Flex>
        </Flex>
      )}
      {body}
    </Card>
  );
}
