import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import type { Light } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { LIGHT_COLOR } from '../../shared/domain/labels';
import { LIGHT_LABELS, TEXT_LIMITS } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { OverrideLightMutation } from './assignment-queries';

/** The light chosen in the dialog; AUTO clears a manual light (back to the computed one). */
type Choice = Light | 'AUTO';

/**
 * 人工调整灯色 of a unit's roll-up for an item, with a reason (required, logged in the audit trail), offered
 * exactly when the API says so (`canOverrideLight`). When the light was set by hand it can be cleared too.
 */
export function LightOverrideAction({
  rollup,
  refetchQueries,
}: {
  rollup: {
    orgUnitId: string;
    itemId?: string | null;
    light: Light;
    lightOverridden: boolean;
    canOverrideLight: boolean;
  };
  refetchQueries: string[];
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ light: Choice; reason: string }>();
  const [override, { loading }] = useMutation(OverrideLightMutation, {
    context: { inlineErrors: true },
    refetchQueries,
    awaitRefetchQueries: true,
  });
  if (!rollup.canOverrideLight || !rollup.itemId) return null;
  const itemId = rollup.itemId;

  const submit = async (v: { light: Choice; reason: string }) => {
    try {
      await override({
        variables: {
          itemId,
          orgUnitId: rollup.orgUnitId,
          light: v.light === 'AUTO' ? null : v.light,
          reason: v.reason.trim(),
        },
      });
      void message.success(t(v.light === 'AUTO' ? 'light.overrideCleared' : 'light.overridden'));
      setOpen(false);
    } catch (err) {
      void message.error(describeError(err));
    }
  };
  const choices: Choice[] = [
    'RED',
    'YELLOW',
    'GREEN',
    ...(rollup.lightOverridden ? (['AUTO'] as const) : []),
  ];

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="light-override">
        {t('light.override')}
      </Button>
      {/* Mounted only while open: a hidden dialog would hold the drawer's Escape. */}
      {open && (
        <Modal
          open
          title={t('light.override')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ loading, ...{ 'data-testid': 'light-override-ok' } }}
          onOk={() => form.submit()}
          onCancel={() => setOpen(false)}
        >
          <Form
            form={form}
            layout="vertical"
            initialValues={{ light: rollup.light, reason: '' }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item name="light" label={t('common.light')}>
              <Radio.Group
                options={choices.map((c) => ({
                  value: c,
                  label:
                    c === 'AUTO' ? (
                      t('light.auto')
                    ) : (
                      <span style={{ color: LIGHT_COLOR[c] }}>● {t(LIGHT_LABELS[c])}</span>
                    ),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('common.reason')}
              extra={t('light.overrideHint')}
              rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={TEXT_LIMITS.reason} data-testid="light-override-reason" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
