import { useEffect } from 'react';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  ItemSource,
  ItemTemplateFieldsFragment,
  RecurrenceFrequency,
  RecurrenceInput,
  RollupPolicy,
} from '../../gql/graphql';
import { describeError, errorField } from '../../shared/api/errors';
import { ITEM_SOURCES, ROLLUP_POLICIES, ROLLUP_POLICY_LABELS, TEXT_LIMITS } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { useDebounced } from '../../shared/use-debounced';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import {
  CreateItemTemplateMutation,
  PreviewRecurrenceQuery,
  UpdateItemTemplateMutation,
} from './template-queries';

const FREQUENCIES: RecurrenceFrequency[] = ['NONE', 'MONTHLY', 'QUARTERLY', 'YEARLY'];
const DATE = 'YYYY-MM-DD';

export interface TemplateValues {
  name: string;
  title: string;
  source: ItemSource;
  category?: string | null;
  isKey?: boolean | null;
  content: string;
  requirements?: string | null;
  leaderName?: string | null;
  responsiblePerson?: string | null;
  target?: number | null;
  targetUnit?: string | null;
  rollupPolicy?: RollupPolicy | null;
  leadUnitId?: string | null;
  coUnitIds?: string[] | null;
  frequency: RecurrenceFrequency;
  dayOfMonth?: number | null;
  month?: number | null;
  dueWorkingDays: number;
  startOn: Dayjs;
  endOn?: Dayjs | null;
}

/** A new template: monthly on the 5th from today, due in 5 working days (the common 月报). */
const NEW_TEMPLATE: Partial<TemplateValues> = {
  frequency: 'MONTHLY',
  dayOfMonth: 5,
  dueWorkingDays: 5,
  rollupPolicy: 'AVERAGE',
  isKey: false,
};

export function valuesOf(t: ItemTemplateFieldsFragment): Partial<TemplateValues> {
  return {
    ...t.registration,
    name: t.name,
    frequency: t.frequency,
    dayOfMonth: t.dayOfMonth,
    month: t.month,
    dueWorkingDays: t.dueWorkingDays,
    startOn: dayjs(t.startOn),
    endOn: t.endOn ? dayjs(t.endOn) : null,
  };
}

function recurrenceOf(v: Partial<TemplateValues>): RecurrenceInput | null {
  if (!v.frequency || !v.startOn || v.dueWorkingDays == null) return null;
  const repeats = v.frequency !== 'NONE';
  return {
    frequency: v.frequency,
    dayOfMonth: repeats ? (v.dayOfMonth ?? null) : null,
    month: v.frequency === 'QUARTERLY' || v.frequency === 'YEARLY' ? (v.month ?? null) : null,
    dueWorkingDays: v.dueWorkingDays,
    startOn: v.startOn.format(DATE),
    endOn: v.endOn ? v.endOn.format(DATE) : null,
  };
}

/** The next days the recurrence would register on, as the API computes them (or why it cannot). */
function RunPreview({ recurrence }: { recurrence: RecurrenceInput | null }) {
  const t = useT();
  const settled = useDebounced(recurrence, 300);
  const { data, error } = useQuery(
    PreviewRecurrenceQuery,
    settled ? { variables: { recurrence: settled }, context: { inlineErrors: true } } : skipToken,
  );
  if (!recurrence) return null;
  if (error) return <Alert type="warning" showIcon title={describeError(error)} />;
  const runs = data?.previewRecurrence ?? [];
  return (
    <Alert
      type="info"
      showIcon
      data-testid="template-preview"
      title={t('template.preview', {
        dates: runs.length ? runs.join(t('template.dateSep')) : t('template.previewNone'),
      })}
    />
  );
}

/** 新建 / 编辑模板 in a drawer: the 立项 fields, the units, and the recurrence with its next days. */
export function TemplateForm({
  open,
  editing,
  initial,
  onClose,
}: {
  open: boolean;
  /** The template being edited; none: a new one (prefilled from `initial`, e.g. the 立项 form). */
  editing?: ItemTemplateFieldsFragment | null;
  initial?: Partial<TemplateValues>;
  onClose: (saved: boolean) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateValues>();
  const opts = { context: { inlineErrors: true }, refetchQueries: ['ItemTemplates'] };
  const [create, { loading: creating }] = useMutation(CreateItemTemplateMutation, opts);
  const [update, { loading: updating }] = useMutation(UpdateItemTemplateMutation, opts);
  const values = Form.useWatch([], form) as Partial<TemplateValues> | undefined;
  const frequency = Form.useWatch('frequency', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ? valuesOf(editing) : { ...NEW_TEMPLATE, startOn: dayjs(), ...initial });
  }, [open, editing, initial, form]);

  const submit = async (v: TemplateValues) => {
    const input = {
      name: v.name.trim(),
      registration: {
        title: v.title.trim(),
        source: v.source,
        category: v.category || null,
        isKey: !!v.isKey,
        content: v.content.trim(),
        requirements: v.requirements || null,
        leaderName: v.leaderName || null,
        responsiblePerson: v.responsiblePerson || null,
        target: v.target ?? null,
        targetUnit: v.targetUnit || null,
        rollupPolicy: v.rollupPolicy ?? 'AVERAGE',
        leadUnitId: v.leadUnitId || null,
        coUnitIds: v.coUnitIds ?? [],
      },
      recurrence: recurrenceOf(v)!,
    };
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      void message.success(t('template.saved'));
      onClose(true);
    } catch (err) {
      const field = errorField(err);
      if (field && form.getFieldInstance(field as keyof TemplateValues) !== undefined)
        form.setFields([{ name: field as keyof TemplateValues, errors: [describeError(err)] }]);
      void message.error(describeError(err));
    }
  };

  const monthChoices = frequency === 'QUARTERLY' ? [1, 2, 3] : Array.from({ length: 12 }, (_, i) => i + 1);

  return (
    <Drawer
      open={open}
      onClose={() => onClose(false)}
      title={editing ? t('template.edit') : t('template.new')}
      // 720 px, never wider than a phone screen.
      size="min(720px, 100vw)"
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={creating || updating}
          onClick={() => form.submit()}
          data-testid="template-save"
        >
          {t('common.submit')}
        </Button>
      }
    >
      <Form<TemplateValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDateFields}
        data-testid="template-form"
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('template.name')}
          rules={[{ required: true, whitespace: true, message: t('template.nameRequired') }]}
        >
          <Input maxLength={TEXT_LIMITS.unitName} data-testid="template-name" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('template.titlePattern')}
          extra={t('template.titleHint')}
          rules={[{ required: true, whitespace: true, message: t('item.titleRequired') }]}
        >
          <Input maxLength={TEXT_LIMITS.title} data-testid="template-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item
              name="source"
              label={t('item.source')}
              rules={[{ required: true, message: t('item.sourceRequired') }]}
            >
              <Select
                data-testid="template-source"
                options={ITEM_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="isKey" label={t('item.isKey')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="content"
          label={t('item.content')}
          rules={[{ required: true, whitespace: true, message: t('item.contentRequired') }]}
        >
          <Input.TextArea rows={3} data-testid="template-content" />
        </Form.Item>
        <Form.Item name="requirements" label={t('item.requirements')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="leaderName" label={t('item.leaderName')}>
              <Input maxLength={TEXT_LIMITS.personName} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="responsiblePerson" label={t('item.responsiblePerson')}>
              <Input maxLength={TEXT_LIMITS.personName} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="category" label={t('item.category')}>
              <Input maxLength={TEXT_LIMITS.category} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="rollupPolicy" label={t('item.rollupPolicy')}>
              <Select
                options={ROLLUP_POLICIES.map((p) => ({ value: p, label: t(ROLLUP_POLICY_LABELS[p]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="target" label={t('item.target')}>
              <InputNumber min={0.0001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="targetUnit" label={t('item.targetUnit')}>
              <Input maxLength={TEXT_LIMITS.targetUnit} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="leadUnitId" label={t('item.leadUnit')}>
          <OrgUnitPicker data-testid="template-lead-unit" />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('item.coUnits')}>
          <OrgUnitPicker multiple data-testid="template-co-units" />
        </Form.Item>

        <Divider />
        <Form.Item name="frequency" label={t('template.recurrence')} required>
          <Radio.Group
            optionType="button"
            size="small"
            data-testid="template-frequency"
            options={FREQUENCIES.map((f) => ({ value: f, label: t(`template.frequency.${f}`) }))}
          />
        </Form.Item>
        <Row gutter={12}>
          {frequency !== 'NONE' && (
            <Col xs={12} sm={8}>
              <Form.Item name="dayOfMonth" label={t('template.dayOfMonth')} rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={28}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="template-day"
                />
              </Form.Item>
            </Col>
          )}
          {(frequency === 'QUARTERLY' || frequency === 'YEARLY') && (
            <Col xs={12} sm={8}>
              <Form.Item
                name="month"
                label={frequency === 'QUARTERLY' ? t('template.monthOfQuarter') : t('template.monthOfYear')}
                rules={[{ required: true }]}
              >
                <Select options={monthChoices.map((m) => ({ value: m, label: String(m) }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} sm={8}>
            <Form.Item
              name="dueWorkingDays"
              label={t('template.dueWorkingDays')}
              rules={[{ required: true }]}
            >
              <InputNumber
                min={1}
                max={60}
                precision={0}
                style={{ width: '100%' }}
                data-testid="template-due"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item name="startOn" label={t('template.startOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="template-start" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="endOn" label={t('template.endOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Flex vertical gap={8}>
          <RunPreview recurrence={values ? recurrenceOf(values) : null} />
        </Flex>
      </Form>
    </Drawer>
  );
}
