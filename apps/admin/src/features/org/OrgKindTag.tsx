import { Tag } from 'antd';
import type { OrgKind } from '../../gql/graphql';
import { useLocale, useT } from '../../shared/i18n/locale';

const KIND_COLOR: Record<OrgKind, string> = {
  PROVINCE: 'magenta',
  CITY: 'volcano',
  COUNTY: 'blue',
  TOWNSHIP: 'green',
  DEPARTMENT: 'purple',
};

// The API stores subtypes as the Chinese terms of the division data (DESIGN §4).
const SUBTYPE_EN: Record<string, string> = {
  区: 'District',
  县: 'County',
  县级市: 'County-level city',
  街道: 'Subdistrict',
  镇: 'Town',
  乡: 'Township',
  市直: 'City-level',
  县直: 'County-level',
  乡直: 'Township-level',
  // Development zones and the like that the division data lists beside counties and townships.
  其他: 'Other',
};

export function useSubtypeLabel(): (subtype: string | null | undefined) => string | null {
  const locale = useLocale();
  return (subtype) => (subtype && locale === 'en' ? (SUBTYPE_EN[subtype] ?? subtype) : (subtype ?? null));
}

/** Kind with its subtype, e.g. 乡镇·街道 or 部门·县直. */
export function OrgKindTag({ kind, subtype }: { kind: OrgKind; subtype?: string | null }) {
  const t = useT();
  const kindLabel = t(`kind.${kind}`);
  const sub = useSubtypeLabel()(subtype);
  return (
    <Tag color={KIND_COLOR[kind]} style={{ marginInlineEnd: 0 }}>
      {sub && sub !== kindLabel ? `${kindLabel}·${sub}` : kindLabel}
    </Tag>
  );
}
