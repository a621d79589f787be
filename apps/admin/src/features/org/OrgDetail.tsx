import { useQuery } from '@apollo/client/react';
import { Descriptions, Empty, Skeleton } from 'antd';
import { describeError } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { OfficePrefixSetting } from './OfficePrefixSetting';
import { OrgKindTag, useSubtypeLabel } from './OrgKindTag';
import { OrgUnitDetailQuery } from './org-queries';

/** Everything the API knows about one unit, with its full path from the root. */
export function OrgDetail({ id }: { id: string }) {
  const t = useT();
  const subtypeLabel = useSubtypeLabel();
  const { data, loading, error } = useQuery(OrgUnitDetailQuery, { variables: { id } });
  const unit = data?.orgUnit;

  if (loading && !unit) return <Skeleton active paragraph={{ rows: 5 }} />;
  if (error) return <Empty description={describeError(error)} />;
  // null: the unit is outside what this user may see.
  if (!unit) return <Empty description={t('org.notVisible')} />;
  return (
    <Descriptions
      data-testid="org-detail"
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 110 } }}
      items={[
        { key: 'name', label: t('org.name'), children: unit.name },
        { key: 'code', label: t('org.code'), children: unit.code },
        { key: 'kind', label: t('org.kind'), children: <OrgKindTag kind={unit.kind} /> },
        { key: 'subtype', label: t('org.subtype'), children: subtypeLabel(unit.subtype) ?? '—' },
        {
          key: 'path',
          label: t('org.path'),
          children: [...unit.ancestors, unit].map((u) => u.name).join(' / '),
        },
        { key: 'children', label: t('org.childCount'), children: unit.childCount },
        // 机关代字: only offices in the caller's subtree have one to show (null above it).
        ...(unit.officePrefix
          ? [{ key: 'prefix', label: t('org.prefix'), children: <OfficePrefixSetting unit={unit} /> }]
          : []),
      ]}
    />
  );
}
