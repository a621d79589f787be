import { useState, type ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import { useT } from '../i18n/locale';

export interface PromptOptions {
  title: ReactNode;
  label: string;
  required?: boolean;
  /** Shown above the field, e.g. what the action will do. */
  description?: ReactNode;
  okText?: string;
  danger?: boolean;
  /** Resolves when done; a rejection keeps the dialog open (the error is already shown). */
  onSubmit: (text: string) => Promise<unknown>;
}

/** A dialog asking for one text (a reason, a comment); returns [open, element-to-render]. */
export function usePrompt(): [(opts: PromptOptions) => void, ReactNode] {
  const t = useT();
  const [opts, setOpts] = useState<PromptOptions | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ text: string }>();

  const submit = async () => {
    if (!opts) return;
    const { text } = await form.validateFields();
    setBusy(true);
    try {
      await opts.onSubmit(text?.trim() ?? '');
      setOpts(null);
    } catch {
      /* shown by the caller or the error link */
    } finally {
      setBusy(false);
    }
  };

  const element = (
    <Modal
      open={!!opts}
      title={opts?.title}
      okText={opts?.okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: opts?.danger, loading: busy, ...{ 'data-testid': 'prompt-ok' } }}
      onOk={() => void submit()}
      onCancel={() => setOpts(null)}
      destroyOnHidden
      afterOpenChange={(open) => open || form.resetFields()}
    >
      {opts?.description && <div style={{ marginBottom: 12 }}>{opts.description}</div>}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="text"
          label={opts?.label}
          rules={
            opts?.required ? [{ required: true, whitespace: true, message: t('common.reasonRequired') }] : []
          }
        >
          <Input.TextArea rows={3} autoFocus data-testid="prompt-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
  return [setOpts, element];
}
