import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Modal, Progress, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { SpreadsheetJobFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { saveFile, uploadFile } from '../../shared/files/files-api';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { StartTargetImportMutation, TargetImportTemplateQuery } from './spreadsheet-queries';
import { isFinished, useSpreadsheetJob } from './use-spreadsheet-job';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 导入年度目标任务分解表: download the template, upload the filled sheet; the server checks every row
 * and either registers and assigns all of them or none, listing every bad row (行号, 列, 原因).
 */
export function TargetImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [started, setStarted] = useState<SpreadsheetJobFieldsFragment | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [gettingTemplate, setGettingTemplate] = useState(false);
  const [start] = useMutation(StartTargetImportMutation);
  const job = useSpreadsheetJob(started);
  const busy = uploading !== null || (!!job && !isFinished(job));
  const imported = job?.status === 'SUCCEEDED';
  // The ledger behind the dialog shows the new items.
  useEffect(() => {
    if (imported) void client.refetchQueries({ include: 'active' });
  }, [imported, client]);

  const template = async () => {
    setGettingTemplate(true);
    try {
      const { data } = await client.query({ query: TargetImportTemplateQuery, fetchPolicy: 'network-only' });
      if (data) await saveFile(data.targetImportTemplate.url, data.targetImportTemplate.fileName);
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setGettingTemplate(false);
    }
  };

  const send = async (file: File) => {
    setStarted(null);
    setUploading(0);
    try {
      const uploaded = await uploadFile(file, setUploading).done;
      const res = await start({ variables: { fileId: uploaded.id } });
      setStarted(res.data?.startTargetImport ?? null);
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setUploading(null);
    }
  };

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="target-import-close">
          {t('common.close')}
        </Button>
      }
      width={760}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="target-import">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('import.intro')}
        </Typography.Paragraph>
        <div>
          <Button
            icon={<DownloadOutlined />}
            loading={gettingTemplate}
            onClick={() => void template()}
            data-testid="target-import-template"
          >
            {t('import.template')}
          </Button>
        </div>
        <Upload.Dragger
          accept={XLSX_ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
          data-testid="target-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.upload')}</p>
          <p className="ant-upload-hint">{t('import.uploadHint')}</p>
        </Upload.Dragger>
        {uploading !== null && (
          <Progress percent={uploading} size="small" aria-label={t('import.uploading')} />
        )}
        {job && !isFinished(job) && (
          <Flex vertical gap={4} data-testid="target-import-progress">
            <Typography.Text>{t('import.checking', { done: job.done, total: job.total })}</Typography.Text>
            <Progress percent={Math.floor(job.percent)} size="small" />
          </Flex>
        )}
        {job?.status === 'SUCCEEDED' && <ImportedItems job={job} />}
        {job?.status === 'FAILED' && <ImportErrors job={job} />}
      </Flex>
    </Modal>
  );
}

function ImportedItems({ job }: { job: SpreadsheetJobFieldsFragment }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="target-import-created">
      <Alert type="success" showIcon message={t('import.created', { count: job.createdItems.length })} />
      <Table
        size="small"
        rowKey="itemId"
        pagination={false}
        scroll={{ y: 280, x: 480 }}
        dataSource={job.createdItems}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70 },
          { title: t('ledger.regNumber'), dataIndex: 'regNumber', width: 160 },
          {
            title: t('ledger.itemTitle'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={itemPath(r.itemId)}>{v}</Link>,
          },
        ]}
      />
    </Flex>
  );
}

function ImportErrors({ job }: { job: SpreadsheetJobFieldsFragment }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="target-import-errors">
      <Alert type="error" showIcon message={job.error ?? t('import.failed')} />
      {job.rowErrors.length > 0 && (
        <Table
          size="small"
          rowKey={(r) => `${r.row}:${r.column ?? ''}:${r.value ?? ''}:${r.reason}`}
          pagination={job.rowErrors.length > 50 ? { pageSize: 50, size: 'small' } : false}
          scroll={{ y: 280, x: 520 }}
          dataSource={job.rowErrors}
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 70 },
            {
              title: t('import.column'),
              dataIndex: 'column',
              width: 120,
              render: (v: string | null) => v ?? '—',
            },
            { title: t('import.value'), dataIndex: 'value', width: 140, ellipsis: true },
            { title: t('import.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Flex>
  );
}
