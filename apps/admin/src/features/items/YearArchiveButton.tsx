import { useState } from 'react';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Modal, Select, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useSubmit } from '../../shared/feedback/use-submit';
import { OrgUnitOperation } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { ArchivableCountQuery, ArchiveYearMutation, YearArchiveActionsQuery } from './item-edit-queries';

/** The office's year as China counts it (the archive's 年度). */
const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const YEARS = 6;

/**
 * 年度归档 on the 台账: the office archives the items it concluded in a chosen year, after seeing how many
 * that is. Offered when the API allows the caller's own unit ARCHIVE_YEAR.
 */
export function YearArchiveButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(thisYear);
  const allowed =
    useQuery(YearArchiveActionsQuery).data?.me.orgUnit.allowedActions.includes(
      OrgUnitOperation.ARCHIVE_YEAR,
    ) ?? false;
  const count = useQuery(
    ArchivableCountQuery,
    open ? { variables: { year }, fetchPolicy: 'network-only' } : skipToken,
  );
  const n = count.data?.archivableItemCount;
  const [archive] = useMutation(ArchiveYearMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['Ledger', 'ArchivableCount'],
    awaitRefetchQueries: true,
  });
  const [submit, busy] = useSubmit(async () => {
    const res = await archive({ variables: { year } });
    setOpen(false);
    return t('yearArchive.done', { n: res.data?.archiveConcludedItems ?? 0, year });
  });
  if (!allowed) return null;
  return (
    <>
      <Button icon={<InboxOutlined />} onClick={() => setOpen(true)} data-testid="year-archive-open">
        {t('yearArchive.button')}
      </Button>
      <Modal
        open={open}
        title={t('yearArchive.title')}
        okText={t('yearArchive.ok', { n: n ?? 0 })}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !n, loading: busy, ...{ 'data-testid': 'year-archive-ok' } }}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Text>{t('yearArchive.explain')}</Typography.Text>
          <Select
            value={year}
            onChange={setYear}
            aria-label={t('yearArchive.year')}
            style={{ width: 160 }}
            data-testid="year-archive-year"
            options={Array.from({ length: YEARS }, (_, i) => thisYear() - i).map((y) => ({
              value: y,
              label: t('yearArchive.yearOption', { year: y }),
            }))}
          />
          {n !== undefined && (
            <Alert
              type={n ? 'warning' : 'info'}
              showIcon
              data-testid="year-archive-count"
              title={n ? t('yearArchive.count', { n, year }) : t('yearArchive.none', { year })}
            />
          )}
        </Flex>
      </Modal>
    </>
  );
}
