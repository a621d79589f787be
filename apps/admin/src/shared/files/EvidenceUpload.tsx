import { useState } from 'react';
import { Button, Flex, Grid, Upload, type UploadFile, type UploadProps } from 'antd';
import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { EVIDENCE_ACCEPT } from '@duban/rules';
import { useT } from '../i18n/locale';
import { formatSize, uploadFile, type UploadedFile } from './files-api';

type Item = UploadFile<UploadedFile>;

/**
 * 佐证材料 for a form: each chosen file is uploaded at once (with progress) and its id becomes part of the
 * field's value, which the mutation sends as `fileIds`. On a phone a second button opens the camera.
 * The server decides what it accepts; the picker only offers the allowed types.
 */
export function EvidenceUpload({
  value,
  onChange,
  max = 20,
  testId = 'evidence-upload',
}: {
  value?: string[];
  onChange?: (fileIds: string[]) => void;
  max?: number;
  testId?: string;
}) {
  const t = useT();
  const phone = !Grid.useBreakpoint().md;
  const [list, setList] = useState<Item[]>([]);
  const publish = (next: Item[]) => {
    setList(next);
    const ids = next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));
    if (ids.join() !== (value ?? []).join()) onChange?.(ids);
  };
  const common: UploadProps<UploadedFile> = {
    multiple: true,
    fileList: list,
    onChange: ({ fileList }) => publish(fileList),
    customRequest: ({ file, onProgress, onSuccess, onError }) => {
      const { done, abort } = uploadFile(file as File, (percent) => onProgress?.({ percent }));
      done.then(
        (uploaded) => onSuccess?.(uploaded),
        (err: Error) => onError?.(err),
      );
      return { abort };
    },
    disabled: list.length >= max,
  };
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Upload<UploadedFile>
        {...common}
        accept={EVIDENCE_ACCEPT}
        itemRender={(node, file) => (
          <div title={file.error ? String((file.error as Error).message) : undefined}>
            {node}
            {file.status === 'error' && (
              <div role="alert" style={{ color: 'var(--ant-color-error)', fontSize: 12 }}>
                {(file.error as Error | undefined)?.message}
              </div>
            )}
            {file.status === 'done' && file.response && (
              <div style={{ fontSize: 12, opacity: 0.65 }}>{formatSize(file.response.size)}</div>
            )}
          </div>
        )}
      >
        <Flex gap={8} wrap>
          <Button icon={<PaperClipOutlined />} disabled={common.disabled} data-testid="evidence-choose">
            {t('files.choose')}
          </Button>
        </Flex>
      </Upload>
      {phone && (
        <Upload<UploadedFile> {...common} accept="image/*" capture="environment" showUploadList={false}>
          <Button icon={<CameraOutlined />} disabled={common.disabled} data-testid="evidence-camera">
            {t('files.camera')}
          </Button>
        </Upload>
      )}
      <span style={{ fontSize: 12, opacity: 0.65 }}>{t('files.hint', { max })}</span>
    </Flex>
  );
}
