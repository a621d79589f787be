import { useEffect } from 'react';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { MilestoneInput, ReportCycle } from '../../gql/graphql';
import {
  DEFAULT_REPORT_DUE_DAY,
  MAX_MILESTONES,
  milestonePlanRefusal,
  pickedDay,
  REPORT_DUE_DAY_MAX,
  shanghaiDay,
  TEXT_LIMITS,
} from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';

/** One row of the editor as the form holds it. */
export interface PlanRow {
  dueOn?: Dayjs;
  plannedPercent?: number;
  description?: string;
}

/** The form fields the editor owns (in whatever form it is placed). */
export interface PlanValues {
  milestones?: PlanRow[];
  reportCycle?: ReportCycle | 'NONE';
  reportDueDay?: number;
}

/** The rows as the API takes them (a row without a date or percent is refused by the rules, named). */
export function toMilestoneInputs(rows: PlanRow[] | undefined): MilestoneInput[] {
  return (rows ?? []).map((r) => ({
    dueOn: r?.dueOn ? r.dueOn.format('YYYY-MM-DD') : '',
    plannedPercent: r?.plannedPercent ?? null,
    description: r?.description?.trim() || null,
  }));
}

/** The cycle fields as the API takes them. */
export function toReportCycle(v: PlanValues) {
  const cycle = v.reportCycle && v.reportCycle !== 'NONE' ? v.reportCycle : null;
  return { reportCycle: cycle, reportDueDay: cycle ? (v.reportDueDay ?? DEFAULT_REPORT_DUE_DAY) : null };
}

/**
 * 节点计划 editor: rows of date (China calendar), planned % and description, checked by the same rule the API
 * applies (dates within the item period and increasing, planned % increasing up to 100), and the 月报/季报 cycle.
 * `bounds` is the item period (and 量化目标); without a deadline yet, a plan cannot be checked.
 */
export function MilestonePlanEditor({
  bounds,
}: {
  bounds: { start: Date; deadline: Date | null; target: number | null };
}) {
  const t = useT();
  const form = Form.useFormInstance<PlanValues>();
  const cycle = Form.useWatch('reportCycle', form);
  const rows = Form.useWatch('milestones', form);
  // A refusal shown under the list goes away as soon as the rows are fixed, not only on the next submit.
  useEffect(() => {
    if (form.getFieldError('milestones').length) form.validateFields(['milestones']).catch(() => undefined);
  }, [form, rows]);
  const first = shanghaiDay(bounds.start.toISOString());
  const last = bounds.deadline ? shanghaiDay(bounds.deadline.toISOString()) : null;
  return (
    <Flex vertical gap={4} data-testid="milestone-editor">
      <Typography.Text type="secondary">{t('milestone.planHint')}</Typography.Text>
      <Form.List
        name="milestones"
        rules={[
          {
            validator: async (_, rows: PlanRow[] | undefined) => {
              if (!rows?.length) return;
              if (!bounds.deadline) throw new Error(t('milestone.needsDeadline'));
              const refusal = milestonePlanRefusal(toMilestoneInputs(rows), {
                ...bounds,
                deadline: bounds.deadline,
              });
              if (refusal) throw new Error(t(refusal));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} wrap align="center" data-testid="milestone-row">
                <Typography.Text strong style={{ minWidth: 64 }}>
                  {t('milestone.seq', { seq: i + 1 })}
                </Typography.Text>
                <Form.Item name={[field.name, 'dueOn']} noStyle>
                  <DatePicker
                    aria-label={t('milestone.dueOn')}
                    placeholder={t('milestone.dueOn')}
                    disabledDate={(d) => pickedDay(d) < first || (last != null && pickedDay(d) > last)}
                    data-testid="milestone-date"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'plannedPercent']} noStyle>
                  <InputNumber
                    min={0}
                    max={100}
                    suffix="%"
                    aria-label={t('milestone.plannedPercent')}
                    placeholder={t('milestone.plannedPercent')}
                    style={{ width: 120 }}
                    data-testid="milestone-percent"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'description']} noStyle>
                  <Input
                    maxLength={TEXT_LIMITS.milestoneNote}
                    aria-label={t('milestone.description')}
                    placeholder={t('milestone.description')}
                    style={{ flex: '1 1 160px', minWidth: 0 }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('milestone.remove')}
                  title={t('milestone.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Form.Item style={{ marginBottom: 0 }}>
              {fields.length < MAX_MILESTONES && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  data-testid="milestone-add"
                >
                  {t('milestone.add')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
      <Flex gap={12} wrap style={{ marginTop: 8 }}>
        <Form.Item name="reportCycle" label={t('milestone.reportCycle')}>
          <Select
            style={{ width: 140 }}
            placeholder={t('milestone.cycle.NONE')}
            options={(['NONE', 'MONTHLY', 'QUARTERLY'] as const).map((c) => ({
              value: c,
              label: t(`milestone.cycle.${c}`),
            }))}
            data-testid="report-cycle"
          />
        </Form.Item>
        {cycle && cycle !== 'NONE' && (
          <Form.Item name="reportDueDay" label={t('milestone.dueDay')}>
            <InputNumber
              min={1}
              max={REPORT_DUE_DAY_MAX}
              precision={0}
              placeholder={String(DEFAULT_REPORT_DUE_DAY)}
            />
          </Form.Item>
        )}
      </Flex>
    </Flex>
  );
}
