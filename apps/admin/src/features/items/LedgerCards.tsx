import { Tag } from 'antd';
import type { LedgerRowFragment } from '../../gql/graphql';
import { formatDate, ItemStatusTag, LightBadge, percent } from '../../shared/domain/labels';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { CardList, RowCard } from '../../shared/ui/RowCard';

/** 台账 on a phone: one card per item with the table row's columns — number, source, issuer, status, light,
 * deadline, assignments and completion. */
export function LedgerCards({ rows, loading }: { rows: LedgerRowFragment[]; loading: boolean }) {
  const t = useT();
  return (
    <CardList loading={loading} empty={t('ledger.empty')} testId="ledger-cards">
      {rows.map((r) => (
        <RowCard
          key={r.id}
          data-testid="ledger-card"
          data-item-id={r.id}
          to={itemPath(r.id)}
          title={
            <>
              {r.isKey && <Tag color="red">{t('flag.key')}</Tag>}
              {r.title}
            </>
          }
          meta={[r.regNumber, t(`source.${r.source}`), r.issuerUnit?.name].filter(Boolean).join(' · ')}
          status={<ItemStatusTag status={r.status} />}
          light={<LightBadge light={r.rollup.light} reason={r.rollup.lightReason} />}
          deadline={formatDate(r.deadline)}
          progressText={`${t('ledger.assignments')} ${r.rollup.total} · ${t('ledger.completion')} ${percent(r.rollup.completionRate)}`}
        />
      ))}
    </CardList>
  );
}
