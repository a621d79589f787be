import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Form, Modal, Steps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ItemMilestonesQuery as ItemMilestonesData } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { LightBadge } from '../../shared/domain/labels';
import { ItemOperation, milestoneLabel } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { useIsPhone } from '../../shared/ui/RowCard';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { ItemMilestonesQuery, SetMilestonePlanMutation } from './milestone-queries';
import {
  MilestonePlanEditor,
  toMilestoneInputs,
  toReportCycle,
  type PlanValues,
} from './MilestonePlanEditor';

type Item = NonNullable<ItemMilestonesData['supervisionItem']>;

/**
 * 节点计划 on the item page: the milestones as steps, each unit's planned vs reported share at each (销号 once
 * reached, 未达 when due and not reached) with its light, and the plan editor when the API offers SET_MILESTONES.
 */
export function MilestonePlanCard({ itemId }: { itemId: string }) {
  const t = useT();
  const phone = useIsPhone();
  const [editing, setEditing] = useState(false);
  const { data } = useQuery(ItemMilestonesQuery, {
    variables: { id: itemId },
    fetchPolicy: 'cache-and-network',
  });
  const item = data?.supervisionItem;
  if (!item) return null;
  const canEdit = item.allowedActions.includes(ItemOperation.SET_MILESTONES);
  if (!item.milestones.length && !canEdit) return null;
  const units = item.assignments.edges.map((e) => e.node);
  return (
    <Card
      size="small"
      title={t('milestone.plan')}
      data-testid="milestone-plan"
      extra={
        canEdit && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="milestone-edit">
            {t('milestone.edit')}
          </Button>
        )
      }
    >
      {item.milestones.length ? (
        <Flex vertical gap={12}>
          <Steps
            size="small"
            orientation={phone ? 'vertical' : 'horizontal'}
            current={-1}
            items={item.milestones.map((m) => ({
              title: t(milestoneLabel(m)),
              content: [t('milestone.planned', { percent: Math.round(m.plannedPercent) }), m.description]
                .filter(Boolean)
                .join(' · '),
            }))}
          />
          {units.map((a) => (
            <Flex key={a.id} vertical gap={4} data-testid="milestone-unit">
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{a.unit?.name}</Typography.Text>
                <LightBadge light={a.light} reason={a.lightReason} />
              </Flex>
              <Flex gap={6} wrap>
                {a.milestones.map((s) => {
                  const m = item.milestones.find((x) => x.seq === s.seq);
                  return (
                    <Tag
                      key={s.seq}
                      color={s.cleared ? 'success' : s.missed ? 'error' : 'default'}
                      data-testid="milestone-standing"
                    >
                      {t('milestone.seq', { seq: s.seq })}{' '}
                      {s.actualPercent == null
                        ? t('milestone.notReported')
                        : t('milestone.actual', { percent: Math.round(s.actualPercent) })}
                      {' / '}
                      {t('milestone.planned', { percent: Math.round(m?.plannedPercent ?? 0) })}
                      {s.cleared
                        ? ` · ${t('milestone.cleared')}`
                        : s.missed
                          ? ` · ${t('milestone.missed')}`
                          : ''}
                    </Tag>
                  );
                })}
              </Flex>
            </Flex>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('milestone.none')}</Typography.Text>
      )}
      {item.reportCycle && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('milestone.cycleNote', {
            cycle: t(`milestone.cycle.${item.reportCycle}`),
            day: item.reportDueDay ?? '',
          })}
        </Typography.Paragraph>
      )}
      {editing && <PlanModal item={item} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function PlanModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const [save, { loading }] = useMutation(SetMilestonePlanMutation, {
    context: { inlineErrors: true },
    refetchQueries: ['ItemMilestones', 'ItemDetail', 'ItemAssignments', 'ItemEvents'],
    awaitRefetchQueries: true,
  });
  const submit = async (v: PlanValues) => {
    try {
      await save({
        variables: { itemId: item.id, milestones: toMilestoneInputs(v.milestones), ...toReportCycle(v) },
      });
      void message.success(t('milestone.saved'));
      onClose();
    } catch (err) {
      void message.error(describeError(err));
    }
  };
  return (
    <Modal
      open
      title={t('milestone.edit')}
      width={760}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading, ...{ 'data-testid': 'milestone-save' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDateFields}
        initialValues={{
          milestones: item.milestones.map((m) => ({
            dueOn: dayjs(m.dueOn),
            plannedPercent: m.plannedPercent,
            description: m.description ?? undefined,
          })),
          reportCycle: item.reportCycle ?? 'NONE',
          reportDueDay: item.reportDueDay ?? undefined,
        }}
      >
        <MilestonePlanEditor
          bounds={{
            start: new Date(item.createdAt),
            deadline: new Date(item.deadline),
            target: item.target ?? null,
          }}
        />
      </Form>
    </Modal>
  );
}
