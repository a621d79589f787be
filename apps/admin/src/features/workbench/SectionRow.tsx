import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import { Flex, Tag, Typography } from 'antd';
import type { WorkbenchSectionKind } from '../../gql/graphql';
import { formatDate, formatTime, ItemStatusTag, LightBadge } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { DEADLINE_COLOR, type SectionRow } from './sections';

/** A title on one line, cut with an ellipsis; the whole text on hover. */
const ONE_LINE: CSSProperties = { display: 'block', minWidth: 0, maxWidth: '100%' };

function Title({ text, strong }: { text: string; strong?: boolean }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} strong={strong} style={{ ...ONE_LINE, color: 'inherit' }}>
      {text}
    </Typography.Text>
  );
}

/** Small grey facts under the title; each keeps to itself, the line wraps between them. */
function Meta({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
      {children}
    </Typography.Text>
  );
}

/**
 * One row of a section: the title links to what the row is about (the item; for 待签字 the report, opened
 * in place), with the facts that say why it is here under it.
 */
export function SectionRowItem({
  kind,
  row,
  ownUnitId,
  onOpenReport,
  onOpenMessage,
}: {
  kind: WorkbenchSectionKind;
  row: SectionRow;
  /** The caller's unit: not named on its own rows. */
  ownUnitId: string;
  onOpenReport: (reportId: string) => void;
  onOpenMessage: (row: SectionRow) => void;
}) {
  const t = useT();
  const title = <Title text={row.title} strong={kind === 'MESSAGES'} />;
  let main: ReactNode = title;
  if (kind === 'TO_SIGN' && row.reportId) {
    const id = row.reportId;
    main = (
      <Typography.Link
        onClick={() => onOpenReport(id)}
        style={ONE_LINE}
        data-testid="workbench-open-report"
        data-report-id={id}
      >
        {title}
      </Typography.Link>
    );
  } else if (kind === 'MESSAGES') {
    main = row.itemId ? (
      <Link to={itemPath(row.itemId)} onClick={() => onOpenMessage(row)} style={ONE_LINE}>
        {title}
      </Link>
    ) : (
      title
    );
  } else if (row.itemId) {
    main = (
      <Link to={itemPath(row.itemId)} style={ONE_LINE} data-testid="workbench-link">
        {title}
      </Link>
    );
  }
  // A far-off deadline gets no tag.
  const near = row.deadlineClass && row.deadlineClass !== 'NONE' ? row.deadlineClass : null;

  return (
    <Flex
      vertical
      gap={2}
      style={{ minWidth: 0, width: '100%' }}
      data-testid="workbench-row"
      data-row-id={row.id}
      data-item-id={row.itemId ?? undefined}
    >
      {main}
      <Flex wrap gap="2px 10px" align="center" style={{ minWidth: 0 }}>
        {row.change && (
          <Tag color={row.change === 'TURNED_RED' || row.change === 'TURNED_OVERDUE' ? 'red' : 'green'}>
            {t(`workbench.change.${row.change}`)}
          </Tag>
        )}
        {near && (
          <Tag color={DEADLINE_COLOR[near]} style={{ marginInlineEnd: 0 }} data-deadline={near}>
            {t(`workbench.deadline.${near}`)}
          </Tag>
        )}
        {row.itemStatus && <ItemStatusTag status={row.itemStatus} />}
        {row.regNumber && <Meta>{row.regNumber}</Meta>}
        {row.unitName && row.unitId !== ownUnitId && <Meta>{row.unitName}</Meta>}
        {kind === 'TO_SIGN' && row.at && (
          <Meta>{t('workbench.submittedAt', { time: formatTime(row.at) })}</Meta>
        )}
        {kind === 'TO_REVIEW' && row.at && (
          <Meta>{t('workbench.signedAt', { time: formatTime(row.at) })}</Meta>
        )}
        {row.requestedDeadline && (
          <Meta>{t('workbench.requested', { date: formatDate(row.requestedDeadline) })}</Meta>
        )}
        {row.deadline && kind !== 'EXTENSIONS' && kind !== 'CHANGES' && (
          <Meta>{t('workbench.due', { date: formatDate(row.deadline) })}</Meta>
        )}
        {(kind === 'MESSAGES' || kind === 'CHANGES') && row.at && <Meta>{formatTime(row.at)}</Meta>}
        {row.light && row.lightReason && kind !== 'RED_LIST' && (
          <LightBadge light={row.light} reason={row.lightReason} compact />
        )}
      </Flex>
      {row.text && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: row.text }}
          style={{ ...ONE_LINE, fontSize: 12 }}
        >
          {row.text}
        </Typography.Text>
      )}
    </Flex>
  );
}
