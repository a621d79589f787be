import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { describeError, errorField } from '../../shared/api/errors';
import {
  chinaDate,
  formatRegistrationNumber,
  OFFICE_PREFIX_RULE,
  OrgUnitOperation,
  TEXT_LIMITS,
} from '../../shared/domain/rules';
import { useLocale, useT } from '../../shared/i18n/locale';
import { SetOfficePrefixMutation } from './org-queries';

/** The numbers an office issues with this prefix, as examples: 商督〔2026〕12号 and its 催办 and 通报 series. */
function examples(prefix: string): string[] {
  const year = Number(chinaDate(new Date().toISOString()).slice(0, 4));
  return [
    formatRegistrationNumber(prefix, year, 12),
    formatRegistrationNumber(`${prefix}催`, year, 3),
    formatRegistrationNumber(`${prefix}通`, year, 3),
  ];
}

/**
 * 机关代字 of an office: the prefix its numbers carry now, with example numbers; 设置 for the office's own
 * supervisor, exactly when the API offers it (`allowedActions`). The rule is the API's own (OFFICE_PREFIX_RULE).
 */
export function OfficePrefixSetting({
  unit,
}: {
  unit: { id: string; officePrefix?: string | null; allowedActions: readonly string[] };
}) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ prefix: string }>();
  const prefix = Form.useWatch('prefix', form) ?? '';
  const [save, { loading }] = useMutation(SetOfficePrefixMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['OrgUnitDetail'],
    awaitRefetchQueries: true,
  });
  if (!unit.officePrefix) return null;
  const can = unit.allowedActions.includes(OrgUnitOperation.SET_OFFICE_PREFIX);
  const ruleText = OFFICE_PREFIX_RULE.text[locale === 'en' ? 'en' : 'zh'];
  const valid = OFFICE_PREFIX_RULE.test(prefix);

  const submit = async ({ prefix: value }: { prefix: string }) => {
    try {
      const r = await save({ variables: { prefix: value.trim() } });
      void message.success(t('org.prefixSaved', { prefix: r.data?.setOfficePrefix ?? value.trim() }));
      setOpen(false);
    } catch (err) {
      if (errorField(err) === 'prefix') form.setFields([{ name: 'prefix', errors: [describeError(err)] }]);
      else void message.error(describeError(err));
    }
  };

  return (
    <Flex vertical gap={2} data-testid="office-prefix" data-prefix={unit.officePrefix}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{unit.officePrefix}</Typography.Text>
        {can && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setOpen(true)}
            data-testid="office-prefix-edit"
          >
            {t('org.prefixSet')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="office-prefix-example">
        {t('org.prefixExample', { number: examples(unit.officePrefix)[0] })}
      </Typography.Text>
      {/* Mounted only while open: a hidden dialog would hold the page's Escape. */}
      {open && (
        <Modal
          open
          title={t('org.prefixTitle')}
          okText={t('org.prefixSave')}
          cancelText={t('common.cancel')}
          okButtonProps={{ loading, ...{ 'data-testid': 'office-prefix-ok' } }}
          onOk={() => form.submit()}
          onCancel={() => setOpen(false)}
        >
          <Typography.Paragraph type="secondary">
            {t('org.prefixHint')} {ruleText}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ prefix: unit.officePrefix }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item
              name="prefix"
              label={t('org.prefix')}
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    OFFICE_PREFIX_RULE.test(v ?? '')
                      ? Promise.resolve()
                      : Promise.reject(new Error(ruleText)),
                },
              ]}
            >
              <Input maxLength={TEXT_LIMITS.officePrefix} autoFocus data-testid="office-prefix-input" />
            </Form.Item>
          </Form>
          {valid && (
            <Flex vertical gap={2} data-testid="office-prefix-preview">
              <Typography.Text type="secondary">{t('org.prefixPreview')}</Typography.Text>
              {examples(prefix.trim()).map((n) => (
                <Typography.Text key={n} code>
                  {n}
                </Typography.Text>
              ))}
            </Flex>
          )}
        </Modal>
      )}
    </Flex>
  );
}
