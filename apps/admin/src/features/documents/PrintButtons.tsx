import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Dropdown, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { DocumentFormat, DocumentKind } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { IssueDocumentMutation, ReportPrintableQuery } from './document-queries';
import { saveFile } from '../../shared/files/files-api';

const FORMATS: readonly { format: DocumentFormat; label: 'print.pdf' | 'print.word' }[] = [
  { format: 'PDF', label: 'print.pdf' },
  { format: 'DOCX', label: 'print.word' },
];

/**
 * One button per form the API says the caller may print from the record (`printableDocuments`); each
 * offers PDF or Word, issues the document (stored, with its verification code) and downloads it.
 */
export function PrintButtons({
  subjectId,
  kinds,
  size = 'middle',
}: {
  subjectId: string;
  kinds: readonly DocumentKind[];
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [issue] = useMutation(IssueDocumentMutation, { context: { inlineErrors: true } });
  if (!kinds.length) return null;

  const print = async (kind: DocumentKind, format: DocumentFormat) => {
    setBusy(kind);
    try {
      const res = await issue({ variables: { kind, subjectId, format } });
      const doc = res.data?.issueDocument;
      if (!doc) return;
      await saveFile(doc.downloadUrl, doc.fileName);
      void message.success(t('print.issued', { code: doc.verificationCode }));
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap size={4} className="no-print">
      {kinds.map((kind) => (
        <Dropdown
          key={kind}
          trigger={['click']}
          menu={{
            items: FORMATS.map(({ format, label }) => ({
              key: format,
              label: <span data-testid={`print-${kind}-${format}`}>{t(label)}</span>,
            })),
            onClick: ({ key }) => void print(kind, key as DocumentFormat),
          }}
        >
          <Button
            size={size}
            icon={<PrinterOutlined />}
            loading={busy === kind}
            data-testid={`print-${kind}`}
          >
            {t(`print.${kind}`)}
          </Button>
        </Dropdown>
      ))}
    </Space>
  );
}

/** The print button of a report, asking the API itself which forms the caller may print. */
export function ReportPrintButtons({ reportId }: { reportId: string }) {
  const { data } = useQuery(ReportPrintableQuery, { variables: { id: reportId } });
  return <PrintButtons subjectId={reportId} kinds={data?.report?.printableDocuments ?? []} size="small" />;
}
