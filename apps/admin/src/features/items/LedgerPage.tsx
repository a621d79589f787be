import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { ItemSource, ItemStatus, LedgerRowFragment, SupervisionItemFilter } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/auth/current-user';
import { itemPath, NEW_ITEM_PATH } from '../../shared/paths';
import { formatDate, ItemStatusTag, LightBadge, percent } from '../../shared/domain/labels';
import {
  endOfPickedDay,
  ITEM_SOURCES,
  ITEM_STATUS_LABELS,
  ITEM_STATUSES,
  startOfPickedDay,
} from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { KeysetPager } from '../../shared/ui/KeysetPager';
import { useKeysetPages } from '../../shared/ui/use-keyset-pages';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { LedgerQuery } from './item-queries';
import { LedgerCards } from './LedgerCards';
import { LedgerExportButton } from './LedgerExportButton';
import { SpreadsheetActionsQuery } from './spreadsheet-queries';
import { TargetImportModal } from './TargetImportModal';
import { YearArchiveButton } from './YearArchiveButton';
import { useIsPhone } from '../../shared/ui/RowCard';

interface FilterValues {
  keyword?: string;
  status?: ItemStatus[];
  source?: ItemSource[];
  issuerUnitId?: string;
  deadline?: [Dayjs | null, Dayjs | null] | null;
  overdue?: 'yes' | 'no';
  includeArchived?: boolean;
}

function toFilter(v: FilterValues): SupervisionItemFilter {
  return {
    keyword: v.keyword?.trim() || null,
    status: v.status?.length ? v.status : null,
    source: v.source?.length ? v.source : null,
    issuerUnitId: v.issuerUnitId || null,
    // Picked dates are China-time days, whatever the browser's time zone.
    deadlineFrom: v.deadline?.[0] ? startOfPickedDay(v.deadline[0]) : null,
    deadlineTo: v.deadline?.[1] ? endOfPickedDay(v.deadline[1]) : null,
    overdue: v.overdue === 'yes' ? true : v.overdue === 'no' ? false : null,
    // 已归档 items are left out of the everyday ledger unless asked for.
    includeArchived: v.includeArchived || null,
  };
}

/** 台账: every item issued in or assigned into the caller's subtree, filtered and paged by the API. */
export default function LedgerPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<FilterValues>();
  const pager = useKeysetPages<SupervisionItemFilter>({});
  const { filter, pageSize, restart } = pager;
  const phone = useIsPhone();
  // One column on a phone: every filter as wide as the screen.
  const field = phone ? { width: '100%', marginInlineEnd: 0 } : undefined;
  const [importing, setImporting] = useState(false);
  const actions = useQuery(SpreadsheetActionsQuery).data?.spreadsheetActions ?? [];

  const { data, previousData, loading } = useQuery(LedgerQuery, {
    variables: { filter, first: pageSize, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const conn = (data ?? previousData)?.supervisionItems;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const total = conn?.totalCount ?? 0;

  const columns: TableColumnsType<LedgerRowFragment> = [
    {
      title: t('ledger.regNumber'),
      dataIndex: 'regNumber',
      width: 150,
      // The number (a link to the item) stays in view while a narrow desktop scrolls the table sideways.
      fixed: 'left',
      render: (v: string | null, r) => (
        <Link to={itemPath(r.id)}>{v ?? <Tag>{t(ITEM_STATUS_LABELS.DRAFT)}</Tag>}</Link>
      ),
    },
    {
      title: t('ledger.itemTitle'),
      dataIndex: 'title',
      // One line, the whole title on hover.
      render: (v: string, r) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: '100%' }}>
          {r.isKey && <Tag color="red">{t('flag.key')}</Tag>}
          <Link to={itemPath(r.id)}>{v}</Link>
        </Typography.Text>
      ),
    },
    {
      title: t('ledger.source'),
      dataIndex: 'source',
      width: 110,
      render: (v: ItemSource) => t(`source.${v}`),
    },
    { title: t('ledger.issuer'), width: 100, ellipsis: true, render: (_, r) => r.issuerUnit?.name },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: ItemStatus) => <ItemStatusTag status={v} />,
    },
    { title: t('common.deadline'), dataIndex: 'deadline', width: 105, render: formatDate },
    { title: t('ledger.assignments'), width: 90, align: 'right', render: (_, r) => r.rollup.total },
    {
      title: t('ledger.completion'),
      // Room for the English header ("Completion") on one line.
      width: 110,
      align: 'right',
      render: (_, r) => percent(r.rollup.completionRate),
    },
    {
      title: t('common.light'),
      width: 90,
      render: (_, r) => <LightBadge light={r.rollup.light} reason={r.rollup.lightReason} compact />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Form<FilterValues>
          form={form}
          layout="inline"
          onFinish={(v) => restart(toFilter(v))}
          style={{ rowGap: 8 }}
          data-testid="ledger-filters"
        >
          <Form.Item style={field} name="keyword">
            <Input.Search
              allowClear
              placeholder={t('ledger.keyword')}
              aria-label={t('ledger.keyword')}
              style={{ width: phone ? '100%' : 200 }}
              onSearch={() => form.submit()}
            />
          </Form.Item>
          <Form.Item style={field} name="status">
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('ledger.status')}
              aria-label={t('ledger.status')}
              style={{ width: phone ? '100%' : 170 }}
              options={ITEM_STATUSES.map((s) => ({ value: s, label: t(ITEM_STATUS_LABELS[s]) }))}
            />
          </Form.Item>
          <Form.Item style={field} name="source">
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('ledger.source')}
              aria-label={t('ledger.source')}
              style={{ width: phone ? '100%' : 170 }}
              options={ITEM_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
            />
          </Form.Item>
          <Form.Item style={field} name="issuerUnitId">
            <OrgUnitPicker
              rootSelectable
              placeholder={t('ledger.issuer')}
              aria-label={t('ledger.issuer')}
              style={{ width: phone ? '100%' : 170 }}
            />
          </Form.Item>
          <Form.Item style={field} name="deadline">
            <DatePicker.RangePicker
              style={{ width: phone ? '100%' : 240 }}
              aria-label={t('ledger.deadlineRange')}
            />
          </Form.Item>
          <Form.Item style={field} name="overdue">
            <Select
              allowClear
              placeholder={t('ledger.overdue')}
              aria-label={t('ledger.overdue')}
              style={{ width: phone ? '100%' : 110 }}
              options={[
                { value: 'yes', label: t('ledger.overdueOnly') },
                { value: 'no', label: t('ledger.notOverdue') },
              ]}
            />
          </Form.Item>
          <Form.Item style={field} name="includeArchived" valuePropName="checked">
            <Checkbox data-testid="ledger-include-archived" onChange={() => form.submit()}>
              {t('ledger.includeArchived')}
            </Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                restart({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      <Card
        size="small"
        title={t('ledger.title')}
        extra={
          <Space wrap style={{ justifyContent: 'flex-end' }}>
            {/* A new filter starts a new export. */}
            <LedgerExportButton key={JSON.stringify(filter)} filter={filter} disabled={!total} />
            {actions.includes('IMPORT_TARGETS') && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="target-import-open"
              >
                {t('import.open')}
              </Button>
            )}
            <YearArchiveButton />
            {me.roles.includes('SUPERVISOR') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(NEW_ITEM_PATH)}>
                {t('ledger.new')}
              </Button>
            )}
          </Space>
        }
      >
        {phone ? (
          <LedgerCards rows={rows} loading={loading} />
        ) : (
          <Table<LedgerRowFragment>
            rowKey="id"
            size="small"
            data-testid="ledger-table"
            tableLayout="fixed"
            columns={columns}
            dataSource={rows}
            loading={loading && !rows.length}
            pagination={false}
            // The title keeps about 250 px beside the other columns' 845.
            scroll={{ x: 1100 }}
            locale={{ emptyText: t('ledger.empty') }}
            onRow={(r) => ({ 'data-item-id': r.id }) as React.HTMLAttributes<HTMLElement>}
          />
        )}
        <KeysetPager
          pager={pager}
          total={total}
          pageInfo={data?.supervisionItems.pageInfo}
          totalTestId="ledger-total"
        />
      </Card>
      <TargetImportModal open={importing} onClose={() => setImporting(false)} />
    </Flex>
  );
}
