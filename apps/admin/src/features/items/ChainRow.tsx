import { useState } from 'react';
import { Button, Flex, Tag } from 'antd';
import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import type { ChainLinkFragment, ReportStatus } from '../../gql/graphql';
import {
  AssignmentFlags,
  AssignmentStatusTag,
  formatDate,
  formatTime,
  LightBadge,
  PercentBar,
} from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { figure, SignedBy } from './ReportView';

const REPORT_COLOR: Record<ReportStatus, string> = {
  AWAITING_SIGNATURE: 'purple',
  SIGNATURE_REFUSED: 'volcano',
  UNDER_REVIEW: 'gold',
  ACCEPTED: 'success',
  RETURNED: 'red',
};

/** One link of 办理链条: the assignment's row, and (in the tree) its children below it when opened. */
export function ChainRow({
  link: a,
  depth,
  targetUnit,
  issuerId,
  onOpen,
  startOpen,
  below,
}: {
  link: ChainLinkFragment;
  depth: number;
  targetUnit: string | null;
  /** The item's issuing office: a link assigned by another office (a share split above) names it. */
  issuerId?: string | null;
  onOpen: (assignmentId: string) => void;
  startOpen: boolean;
  /** Its children's rows, when it can be opened (the tree); none in a flat list. */
  below?: () => React.ReactNode;
}) {
  const t = useT();
  const hasChildren = a.childCount > 0 && !!below;
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
                {a.childCount > 0 && (
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
      {open && below?.()}
    </>
  );
}
