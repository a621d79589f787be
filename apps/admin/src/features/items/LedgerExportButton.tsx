import { useState } from 'react';
import { useApolloClient, useLazyQuery, useMutation } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { App, Button, Dropdown, Progress, Space, Tooltip } from 'antd';
import { DownloadOutlined, FileExcelOutlined, HistoryOutlined } from '@ant-design/icons';
import type { SpreadsheetJobFieldsFragment, SupervisionItemFilter } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { saveFile } from '../../shared/files/files-api';
import { useT } from '../../shared/i18n/locale';
import { formatTime } from '../../shared/domain/labels';
import {
  MySpreadsheetJobsQuery,
  SpreadsheetJobQuery,
  StartLedgerExportMutation,
} from './spreadsheet-queries';
import { useSpreadsheetJob } from './use-spreadsheet-job';

/**
 * 导出Excel: the server builds the workbook from the ledger's current filter (every page, not just the
 * one on screen); the button shows its progress, then offers the file.
 */
export function LedgerExportButton({
  filter,
  disabled,
}: {
  filter: SupervisionItemFilter;
  disabled: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [started, setStarted] = useState<SpreadsheetJobFieldsFragment | null>(null);
  const [start, { loading }] = useMutation(StartLedgerExportMutation);
  const [saving, setSaving] = useState(false);
  const job = useSpreadsheetJob(started);

  const run = async () => {
    try {
      const res = await start({ variables: { filter } });
      setStarted(res.data?.startLedgerExport ?? null);
    } catch (err) {
      void message.error(describeError(err));
    }
  };
  const save = async () => {
    if (!job) return;
    setSaving(true);
    try {
      await saveJobFile(client, job.id);
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setSaving(false);
    }
  };

  const running = job && (job.status === 'QUEUED' || job.status === 'RUNNING');
  return (
    <Space size={4} wrap data-testid="ledger-export-area">
      <Button
        icon={<FileExcelOutlined />}
        loading={loading}
        disabled={disabled || !!running}
        onClick={() => void run()}
        data-testid="ledger-export"
      >
        {running ? t('ledger.exporting', { done: job.done, total: job.total }) : t('ledger.export')}
      </Button>
      {running && (
        <Progress
          type="circle"
          size={28}
          percent={Math.floor(job.percent)}
          aria-label={t('ledger.exportProgress')}
          data-testid="ledger-export-progress"
        />
      )}
      {job?.status === 'SUCCEEDED' && job.downloadUrl && (
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={saving}
          onClick={() => void save()}
          data-testid="ledger-export-download"
        >
          {t('ledger.exportDownload')}
        </Button>
      )}
      <RecentExports />
      {job?.status === 'FAILED' && (
        <Tooltip title={job.error}>
          <span role="alert" style={{ color: 'var(--ant-color-error)' }} data-testid="ledger-export-failed">
            {t('ledger.exportFailed')}
          </span>
        </Tooltip>
      )}
    </Space>
  );
}

/** Signed links are short-lived: a fresh one for the job's file, then the browser saves it. */
async function saveJobFile(client: ApolloClient, id: string) {
  const { data } = await client.query({
    query: SpreadsheetJobQuery,
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const fresh = data?.spreadsheetJob;
  if (fresh?.downloadUrl) await saveFile(fresh.downloadUrl, fresh.fileName ?? 'ledger.xlsx');
}

/** 最近导出: the caller's last exports, so a file made before leaving the page can still be fetched. */
function RecentExports() {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [load, { data, loading }] = useLazyQuery(MySpreadsheetJobsQuery, { fetchPolicy: 'network-only' });
  const jobs = data?.mySpreadsheetJobs ?? [];
  const fetchFile = (id: string) =>
    saveJobFile(client, id).catch((err) => void message.error(describeError(err)));
  return (
    <Dropdown
      trigger={['click']}
      onOpenChange={(open) => open && void load({ variables: { kind: 'LEDGER_EXPORT', first: 5 } })}
      menu={{
        items: jobs.length
          ? jobs.map((j) => ({
              key: j.id,
              disabled: j.status !== 'SUCCEEDED',
              label: `${formatTime(j.createdAt)} · ${j.status === 'SUCCEEDED' ? (j.fileName ?? '') : t(`ledger.exportStatus.${j.status}`)}`,
              onClick: () => void fetchFile(j.id),
            }))
          : [{ key: 'none', disabled: true, label: loading ? '…' : t('ledger.exportNone') }],
      }}
    >
      <Button
        icon={<HistoryOutlined />}
        aria-label={t('ledger.exportRecent')}
        data-testid="ledger-export-recent"
      />
    </Dropdown>
  );
}
