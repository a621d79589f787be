import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Flex, Input, Result, Space, Typography, Upload } from 'antd';
import { InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { formatTime } from '../../shared/domain/labels';
import { PageSpinner } from '../../shared/feedback/PageSpinner';
import { LocaleSwitch } from '../../shared/i18n/LocaleSwitch';
import { useT } from '../../shared/i18n/locale';
import { VERIFY_PATH } from '../../shared/paths';
import { VerifyDocumentQuery } from './document-queries';

/**
 * SHA-256 (hex) of a file, computed in the browser: the file never leaves the machine. Browsers offer
 * WebCrypto only to secure pages (HTTPS or this machine); null elsewhere.
 */
async function sha256Of(file: File): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * 文书核验, outside the login wall: the record of a verification code as the printed page shows it, and
 * — for a PDF or Word file dropped here — whether it is byte for byte the file that was issued.
 */
export default function VerifyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const [typed, setTyped] = useState(code);
  const [file, setFile] = useState<{ name: string; sha256: string } | null>(null);
  const [insecure, setInsecure] = useState(false);
  const { data, loading } = useQuery(VerifyDocumentQuery, {
    variables: { code, sha256: file?.sha256 ?? null },
    skip: !code,
    fetchPolicy: 'network-only',
  });
  const record = data?.verifyDocument;
  const lookUp = () => {
    setFile(null);
    void navigate(`${VERIFY_PATH}/${encodeURIComponent(typed.trim())}`);
  };

  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 640, alignSelf: 'flex-start' }} data-testid="verify-page">
        <Flex justify="space-between" align="start" gap={8}>
          <Space align="start">
            <SafetyCertificateOutlined style={{ fontSize: 24, color: '#1677ff', marginTop: 4 }} />
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('verify.title')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('verify.intro')}</Typography.Text>
            </div>
          </Space>
          <LocaleSwitch />
        </Flex>

        <Space.Compact style={{ width: '100%', margin: '16px 0' }}>
          <Input
            aria-label={t('verify.code')}
            placeholder={t('verify.codePlaceholder')}
            value={typed}
            maxLength={40}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={lookUp}
            data-testid="verify-code"
          />
          <Button type="primary" onClick={lookUp} disabled={!typed.trim()}>
            {t('verify.lookUp')}
          </Button>
        </Space.Compact>

        {code && loading && !record && <PageSpinner />}
        {record && !record.found && (
          <Result status="warning" title={t('verify.notFound')} data-testid="verify-not-found" />
        )}
        {record?.found && (
          <Flex vertical gap={16}>
            <Descriptions size="small" column={1} bordered data-testid="verify-record">
              <Descriptions.Item label={t('verify.kind')}>
                {record.kind ? t(`document.kind.${record.kind}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('verify.number')}>{record.documentNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('verify.subject')}>{record.title}</Descriptions.Item>
              <Descriptions.Item label={t('verify.office')}>{record.officeName}</Descriptions.Item>
              <Descriptions.Item label={t('verify.issuedAt')}>
                {record.issuedAt ? formatTime(record.issuedAt) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('verify.status')}>{record.subjectStatus ?? '—'}</Descriptions.Item>
            </Descriptions>

            <div data-testid="verify-drop">
              <Upload.Dragger
                accept=".pdf,.docx"
                multiple={false}
                showUploadList={false}
                beforeUpload={(f) => {
                  void sha256Of(f).then((sha256) => {
                    setInsecure(sha256 === null);
                    setFile(sha256 === null ? null : { name: f.name, sha256 });
                  });
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('verify.drop')}</p>
                <p className="ant-upload-hint">{t('verify.dropHint')}</p>
              </Upload.Dragger>
            </div>

            {insecure && <Alert showIcon type="warning" title={t('verify.insecure')} />}
            {file && record.matches != null && (
              <Alert
                showIcon
                type={record.matches ? 'success' : 'error'}
                data-testid="verify-verdict"
                data-matches={record.matches}
                title={t(record.matches ? 'verify.matches' : 'verify.mismatch')}
                description={
                  <Flex vertical>
                    <span>{t(record.matches ? 'verify.matchesDetail' : 'verify.mismatchDetail')}</span>
                    <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                      {file.name} · {t('verify.fileDigest', { digest: file.sha256 })}
                    </Typography.Text>
                  </Flex>
                }
              />
            )}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
