import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Spin, Tag } from 'antd';
import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import type { ChainLinkFragment, ItemStatus, ReportStatus } from '../../gql/graphql';
import { appendEdges } from '../../shared/api/connections';
import {
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  formatTime,
  ItemStatusTag,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { ItemAssignmentsQuery } from './item-queries';
import { figure, SignedBy } from './ReportView';
import './chain-tree.css';

const PAGE = 50;
const COLUMNS = 6;

const REPORT_COLOR: Record<ReportStatus, string> = {
  AWAITING_SIGNATURE: 'purple',
  SIGNATURE_REFUSED: 'volcano',
  UNDER_REVIEW: 'gold',
  ACCEPTED: 'success',
  RETURNED: 'red',
};

/** What the chain shows of the item itself: the office that issued it, at the root. */
export interface ChainItem {
  id: string;
  status: ItemStatus;
  deadline: string;
  targetUnit?: string | null;
  issuerUnit?: { id: string; name: string } | null;
}

/**
 * 办理链条: the item's assignments as one tree, city → county → township → department, each link with its
 * unit, status, light and its reason, deadline, progress and latest report (status, signer, signing time).
 * The issuing office is the root; below it the top of the tree as the caller sees it (a unit that holds a
 * share of a higher item sees its own share there). Each link opens level by level, loading its children
 * when opened; a level that has a single link opens by itself. Clicking a link opens it (`onOpen`).
 */
export function ChainTree({ item, onOpen }: { item: ChainItem; onOpen: (assignmentId: string) => void }) {
  const t = useT();
  return (
    <div className="chain" data-testid="chain-tree">
      <table
        className="chain-grid"
        role="treegrid"
        aria-label={t('chain.title')}
        data-testid="assignment-table"
      >
        <colgroup>
          <col />
          <col className="chain-col-status" />
          <col className="chain-col-light" />
          <col className="chain-col-deadline" />
          <col className="chain-col-progress" />
          <col className="chain-col-report" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('common.unit')}</th>
            <th>{t('common.status')}</th>
            <th>{t('common.light')}</th>
            <th>{t('common.deadline')}</th>
            <th>{t('common.progress')}</th>
            <th>{t('chain.report')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="chain-root" aria-level={1} aria-expanded data-testid="chain-root">
            <td className="chain-unit">
              <Flex gap={6} align="center" wrap>
                <strong>{item.issuerUnit?.name}</strong>
                <Tag>{t('chain.issuer')}</Tag>
              </Flex>
            </td>
            <td>
              <ItemStatusTag status={item.status} />
            </td>
            <td />
            <td>
              <span className="chain-label">{t('common.deadline')}</span>
              {formatDate(item.deadline)}
            </td>
            <td />
            <td />
          </tr>
          <ChainLevel
            itemId={item.id}
            parentId={null}
            depth={1}
            targetUnit={item.targetUnit ?? null}
            issuerId={item.issuerUnit?.id ?? null}
            onOpen={onOpen}
          />
        </tbody>
      </table>
    </div>
  );
}

interface LevelProps {
  itemId: string;
  parentId: string | null;
  depth: number;
  targetUnit: string | null;
  /** The item's issuing office: a top link assigned by another office (a share split above) names it. */
  issuerId?: string | null;
  onOpen: (assignmentId: string) => void;
}

/** One level of the chain, a page at a time: the rows of `parentId`'s children (or the top), each with its own. */
function ChainLevel({ itemId, parentId, depth, targetUnit, issuerId, onOpen }: LevelProps) {
  const t = useT();
  const { data, loading, fetchMore } = useQuery(ItemAssignmentsQuery, {
    variables: { id: itemId, parentId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const conn = data?.supervisionItem?.assignments;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const style = { '--depth': depth } as React.CSSProperties;

  if (!rows.length)
    return loading || parentId ? (
      <tr style={style} aria-level={depth + 1}>
        <td className="chain-unit" colSpan={COLUMNS}>
          {loading ? <Spin size="small" /> : <span className="chain-sub">{t('common.empty')}</span>}
        </td>
      </tr>
    ) : (
      <tr style={style}>
        <td className="chain-unit chain-sub" colSpan={COLUMNS}>
          {t('detail.noAssignments')}
        </td>
      </tr>
    );

  const loadMore = () =>
    void fetchMore({
      variables: { after: conn?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const p = prev.supervisionItem;
        const n = fetchMoreResult.supervisionItem;
        if (!p || !n) return prev;
        return { ...prev, supervisionItem: { ...p, assignments: appendEdges(p.assignments, n.assignments) } };
      },
    });

  return (
    <>
      {rows.map((a) => (
        <ChainRow
          key={a.id}
          link={a}
          depth={depth}
          targetUnit={targetUnit}
          issuerId={issuerId}
          onOpen={onOpen}
          startOpen={rows.length === 1}
        />
      ))}
      {conn?.pageInfo.hasNextPage && (
        <tr className="chain-more" style={style}>
          <td colSpan={COLUMNS}>
            <Button size="small" onClick={loadMore}>
              {t('common.loadMore')} ({rows.length} / {conn.totalCount})
            </Button>
          </td>
        </tr>
      )}
    </>
  );
}

/** One link: the assignment's row, and its children below it when opened. */
function ChainRow({
  link: a,
  depth,
  targetUnit,
  issuerId,
  onOpen,
  startOpen,
}: Omit<LevelProps, 'parentId' | 'itemId'> & { link: ChainLinkFragment; startOpen: boolean }) {
  const t = useT();
  const hasChildren = a.childCount > 0;
  const [open, setOpen] = useState(startOpen && hasChildren);
  const latest = a.reports[0];
  // A split link has no figures of its own until its composed report: its sub-units' roll-up stands for them.
  const progress = a.split ? a.rollup.progressPercent : a.progressPercent;
  const achieved = a.split ? a.rollup.achieved : (a.achieved ?? 0);
  return (
    <>
      <tr
        className={depth > 1 ? 'chain-link chain-nested' : 'chain-link'}
        style={{ '--depth': depth } as React.CSSProperties}
        aria-level={depth + 1}
        aria-expanded={hasChildren ? open : undefined}
        data-unit={a.unit?.name}
        data-assignment-id={a.id}
        onClick={() => onOpen(a.id)}
      >
        <td className="chain-unit">
          <div className="chain-unit-line">
            {hasChildren ? (
              <Button
                type="text"
                size="small"
                className="chain-toggle"
                icon={open ? <CaretDownOutlined /> : <CaretRightOutlined />}
                aria-label={t(open ? 'chain.collapse' : 'chain.expand')}
                aria-expanded={open}
                data-testid="chain-toggle"
                onClick={(e) => {
                  e.stopPropagation();
                  setOpen(!open);
                }}
              />
            ) : (
              <span className="chain-toggle" />
            )}
            <Flex vertical gap={2} className="chain-name">
              <Flex gap={6} align="center" wrap>
                <Button
                  type="link"
                  size="small"
                  data-testid="chain-open"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(a.id);
                  }}
                >
                  {a.unit?.name}
                </Button>
                {a.role === 'LEAD' && !a.parentId && <Tag color="blue">{t('role.LEAD')}</Tag>}
                {a.role === 'CO' && <Tag>{t('role.CO')}</Tag>}
                {hasChildren && (
                  <span className="chain-sub">{t('chain.subUnits', { count: a.childCount })}</span>
                )}
              </Flex>
              <AssignmentFlags {...a} split={false} />
              {a.declined && (
                <span>
                  <Tag color="volcano">{t('reassign.decline')}</Tag>
                </span>
              )}
              {a.withdrawnReason && <span className="chain-sub">{a.withdrawnReason}</span>}
              {issuerId && a.issuerUnit && a.issuerUnit.id !== issuerId && (
                <span className="chain-sub" data-testid="chain-via">
                  {t('chain.via', { unit: a.issuerUnit.name })}
                </span>
              )}
            </Flex>
          </div>
        </td>
        <td>
          <AssignmentStatusTag status={a.status} />
        </td>
        <td className="chain-light">
          <LightBadge light={a.light} reason={a.lightReason} />
        </td>
        <td>
          <span className="chain-label">{t('common.deadline')}</span>
          <span data-testid="chain-deadline">{formatDate(a.deadline)}</span>
        </td>
        <td className="chain-progress">
          <PercentBar percent={progress} />
          {a.target != null && (
            <div className="chain-sub" data-testid="chain-achieved" data-value={achieved}>
              {t('chain.achieved', {
                achieved: figure(achieved),
                target: figure(a.target),
                unit: targetUnit ?? '',
              })}
            </div>
          )}
        </td>
        <td className="chain-report">
          <span className="chain-label">{t('chain.report')}</span>
          {latest ? (
            <div className="chain-report-body" data-testid="chain-report" data-report-status={latest.status}>
              <span>
                <Tag color={REPORT_COLOR[latest.status]}>{t(`reportStatus.${latest.status}`)}</Tag>
              </span>
              <span className="chain-sub" data-testid="chain-signer">
                {latest.signer ? (
                  <SignedBy
                    name={latest.signer.displayName}
                    forName={latest.signedFor?.displayName}
                    time={latest.signedAt}
                  />
                ) : (
                  t('chain.submitted', { time: formatTime(latest.submittedAt) })
                )}
              </span>
            </div>
          ) : (
            <span className="chain-sub">{t('chain.noReport')}</span>
          )}
        </td>
      </tr>
      {open && (
        <ChainLevel
          itemId={a.itemId}
          parentId={a.id}
          depth={depth + 1}
          targetUnit={targetUnit}
          onOpen={onOpen}
        />
      )}
    </>
  );
}
