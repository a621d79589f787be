import { useEffect, useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { DownloadOutlined, FileOutlined } from '@ant-design/icons';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { useT } from '../i18n/locale';
import { fetchFile, formatSize, saveFile } from './files-api';

/**
 * Evidence files of a record: a thumbnail for images, name, size, and a download for whoever the API gave a
 * link (links are for the signed-in user and fetched with the bearer token, then saved as a file).
 */
export function AttachmentList({
  attachments,
  testId = 'attachment-list',
}: {
  attachments: readonly AttachmentFieldsFragment[];
  testId?: string;
}) {
  if (!attachments.length) return null;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {attachments.map((a, i) => (
        <AttachmentRow key={a.id ?? `${a.name}-${i}`} attachment={a} />
      ))}
    </Flex>
  );
}

function AttachmentRow({ attachment: a }: { attachment: AttachmentFieldsFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (!a.downloadUrl) return;
    setBusy(true);
    try {
      await saveFile(a.downloadUrl, a.name);
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={8} align="center" style={{ minWidth: 0 }} data-testid="attachment">
      <Thumbnail url={a.thumbnailUrl ?? null} name={a.name} />
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis={{ tooltip: a.name }}>{a.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatSize(a.size)}
        </Typography.Text>
      </Flex>
      {a.downloadUrl && (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={busy}
          onClick={() => void download()}
          aria-label={`${t('files.download')} ${a.name}`}
          data-testid="attachment-download"
        >
          {t('files.download')}
        </Button>
      )}
    </Flex>
  );
}

const BOX = { width: 48, height: 48, flex: '0 0 48px', borderRadius: 4 };

/** The image's thumbnail, fetched with the bearer token (an <img> cannot send one); a file icon otherwise. */
function Thumbnail({ url, name }: { url: string | null; name: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let href: string | null = null;
    let live = true;
    fetchFile(url).then(
      (blob) => {
        href = URL.createObjectURL(blob);
        if (live) setSrc(href);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (href) URL.revokeObjectURL(href);
    };
  }, [url]);
  if (url && src)
    return (
      <img src={src} alt={name} style={{ ...BOX, objectFit: 'cover' }} data-testid="attachment-thumbnail" />
    );
  return (
    <Flex align="center" justify="center" style={{ ...BOX, background: 'rgba(0,0,0,0.04)' }} aria-hidden>
      <FileOutlined style={{ fontSize: 20 }} />
    </Flex>
  );
}
