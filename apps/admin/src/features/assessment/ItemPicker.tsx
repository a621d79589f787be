import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import { useT } from '../../shared/i18n/locale';
import { useDebounced } from '../../shared/use-debounced';
import { BulletinItemSearchQuery } from './assessment-queries';

const PAGE = 20;

export interface PickedItem {
  id: string;
  regNumber?: string | null;
  title: string;
}

const label = (i: PickedItem) => [i.regNumber, i.title].filter(Boolean).join(' ');

/**
 * Picks one supervision item the caller can see, searched by the API (a word of its title or its number, after a
 * pause in typing). An antd form control: value is the item's id. `initial` names an item chosen before (the item
 * page's own), which the search has not listed.
 */
export function ItemPicker({
  value,
  onChange,
  initial,
  id,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  initial?: PickedItem | null;
  id?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PickedItem | null>(initial ?? null);
  const term = useDebounced(search.trim(), 300);
  const { data, loading } = useQuery(
    BulletinItemSearchQuery,
    term ? { variables: { keyword: term, first: PAGE } } : skipToken,
  );
  const found = (search.trim() ? data?.supervisionItems.edges.map((e) => e.node) : undefined) ?? [];
  const options = [...(picked && !found.some((i) => i.id === picked.id) ? [picked] : []), ...found];
  const more = (data?.supervisionItems.totalCount ?? 0) > PAGE && !!search.trim();

  return (
    <Select<string | null>
      id={id}
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      allowClear
      value={value ?? null}
      placeholder={t('bulletin.itemPlaceholder')}
      onChange={(v) => {
        setPicked(options.find((i) => i.id === v) ?? null);
        setSearch('');
        onChange?.(v ?? null);
      }}
      options={options.map((i) => ({ value: i.id, label: label(i) }))}
      notFoundContent={
        loading || term !== search.trim() ? (
          <Spin size="small" />
        ) : search.trim() ? (
          t('bulletin.itemNone')
        ) : (
          t('bulletin.itemHint')
        )
      }
      popupRender={(menu) => (
        <>
          {menu}
          {more && (
            <Typography.Text type="secondary" style={{ fontSize: 12, padding: '4px 12px', display: 'block' }}>
              {t('bulletin.itemMore', { shown: PAGE })}
            </Typography.Text>
          )}
        </>
      )}
      data-testid="bulletin-item"
    />
  );
}
