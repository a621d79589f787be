import { Button, Flex, Select, Typography } from 'antd';
import type { PageCursorFragment } from '../../gql/graphql';
import { useT } from '../i18n/locale';
import type { KeysetPages } from './use-keyset-pages';

const PAGE_SIZES = [20, 50, 100];

interface KeysetPagerProps<F> {
  pager: KeysetPages<F>;
  total: number;
  /** pageInfo of the page fetched for the current position (not a previous one shown meanwhile). */
  pageInfo: PageCursorFragment | undefined;
  /** data-testid of the "total" text. */
  totalTestId: string;
}

/** Below a keyset-paged table: the total, previous/next, "page x of y" and the page size. */
export function KeysetPager<F>({ pager, total, pageInfo, totalTestId }: KeysetPagerProps<F>) {
  const t = useT();
  const { page, pageSize } = pager;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Flex justify="end" align="center" gap={12} style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid={totalTestId}>
        {t('common.total', { count: total })}
      </Typography.Text>
      <Button size="small" disabled={page === 0} onClick={pager.prevPage}>
        {t('common.prevPage')}
      </Button>
      <Typography.Text>{t('common.page', { page: page + 1, pages: pageCount })}</Typography.Text>
      <Button
        size="small"
        disabled={!pageInfo?.hasNextPage}
        onClick={() => pager.nextPage(pageInfo?.endCursor)}
      >
        {t('common.nextPage')}
      </Button>
      <Select
        size="small"
        value={pageSize}
        aria-label={t('common.pageSizeLabel')}
        style={{ width: 100 }}
        onChange={(size) => pager.restart(pager.filter, size)}
        options={PAGE_SIZES.map((s) => ({ value: s, label: t('common.pageSize', { size: s }) }))}
      />
    </Flex>
  );
}
