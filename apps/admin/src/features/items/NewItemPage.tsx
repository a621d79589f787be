// Over 400 lines on purpose: 立项 is one form (facts, deadline, units and shares, the cascade preview, the
// 节点计划) whose parts read each other's values; the milestone editor lives in its own file.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { DeadlineTier, ItemSource, RollupPolicy } from '../../gql/graphql';
import { itemPath, TEMPLATES_PATH } from '../../shared/paths';
import { describeError, errorField } from '../../shared/api/errors';
import { tierLabel } from '../../shared/domain/labels';
import {
  DEADLINE_TIERS,
  endOfPickedDay,
  ITEM_SOURCES,
  pickedDay,
  ROLLUP_POLICIES,
  ROLLUP_POLICY_LABELS,
  shanghaiDay,
  tierDeadline,
  URGENT_MAX_DAYS,
  TEXT_LIMITS,
} from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { OrgUnitDetailQuery } from '../org/org-queries';
import { OrgUnitPicker } from '../org/OrgUnitPicker';
import { AssigningModal } from './AssigningModal';
import {
  CascadeList,
  PreviewAlert,
  ShareSum,
  toSelectors,
  useAssignPreview,
  type CascadeRow,
} from './AssignTargets';
import { AssignItemMutation, CreateItemMutation } from './item-queries';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { EvidenceUpload } from '../../shared/files/EvidenceUpload';
import {
  MilestonePlanEditor,
  toMilestoneInputs,
  toReportCycle,
  type PlanValues,
} from '../milestones/MilestonePlanEditor';

type TierChoice = DeadlineTier | 'CUSTOM';
const TIERS: TierChoice[] = [...DEADLINE_TIERS, 'CUSTOM'];
/** What the form suggests for an urgent instruction; the rules allow 1 to URGENT_MAX_DAYS. */
const URGENT_DAYS = 3;

interface Values extends PlanValues {
  title: string;
  source: ItemSource;
  category?: string;
  isKey?: boolean;
  content: string;
  requirements?: string;
  instruction?: string;
  tier: TierChoice;
  urgentDays?: number;
  deadline?: Dayjs;
  leaderName?: string;
  responsiblePerson?: string;
  target?: number;
  targetUnit?: string;
  rollupPolicy: RollupPolicy;
  leadUnitId?: string;
  coUnitIds?: string[];
  cascade?: CascadeRow[];
  /** 分解指标 of each named unit (lead and co-units) of a quantified item, by unit id. */
  shareTargets?: Record<string, number | null | undefined>;
  fileIds?: string[];
}

/** A unit's name, for labelling its share. */
function UnitName({ id }: { id: string }) {
  const { data } = useQuery(OrgUnitDetailQuery, { variables: { id } });
  return <>{data?.orgUnit?.name ?? id}</>;
}

/** 立项: a validated form, the units on the org tree, a cascade with a live count of what it will create. */
export default function NewItemPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [assigning, setAssigning] = useState<number | null>(null);
  const [create, { loading: creating }] = useMutation(CreateItemMutation, {
    context: { inlineErrors: true },
  });
  const [assign] = useMutation(AssignItemMutation, { context: { inlineErrors: true } });

  const tier = Form.useWatch('tier', form);
  const source = Form.useWatch('source', form);
  const lead = Form.useWatch('leadUnitId', form);
  const co = Form.useWatch('coUnitIds', form);
  const cascadeRows = Form.useWatch('cascade', form);
  const named = [...new Set([lead, ...(co ?? [])].filter((x): x is string => !!x))];
  const cascade = toSelectors(cascadeRows);
  const preview = useAssignPreview(named, cascade);
  const target = Form.useWatch('target', form);
  const targetUnit = Form.useWatch('targetUnit', form);
  const shareTargets = Form.useWatch('shareTargets', form);
  // A quantified item assigned to several units gives each a share; a single unit takes the whole target.
  const splitShares = target != null && named.length > 1;
  const urgentDays = Form.useWatch('urgentDays', form);
  const expected =
    tier && tier !== 'CUSTOM'
      ? tierDeadline(tier, tier === 'URGENT' ? (urgentDays ?? URGENT_DAYS) : undefined)
      : null;
  const picked = Form.useWatch('deadline', form);
  // The period the 节点计划 must fall within: from today to the deadline chosen above.
  const planDeadline = expected
    ? new Date(`${expected}T23:59:59+08:00`)
    : picked
      ? new Date(endOfPickedDay(picked))
      : null;

  const showError = (err: unknown) => {
    const field = errorField(err);
    const known = ['title', 'content', 'deadline', 'target', 'leadUnitId', 'source'];
    if (field && known.includes(field))
      form.setFields([{ name: field as keyof Values, errors: [describeError(err)] }]);
    void message.error(describeError(err));
  };

  const submit = async (draft: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = {
      title: values.title.trim(),
      source: values.source,
      category: values.category || null,
      isKey: !!values.isKey,
      content: values.content.trim(),
      requirements: values.requirements || null,
      instruction: values.instruction || null,
      deadlineTier: values.tier === 'CUSTOM' ? null : values.tier,
      urgentDays: values.tier === 'URGENT' ? (values.urgentDays ?? URGENT_DAYS) : null,
      deadline: values.tier === 'CUSTOM' && values.deadline ? endOfPickedDay(values.deadline) : null,
      leaderName: values.leaderName || null,
      responsiblePerson: values.responsiblePerson || null,
      target: values.target ?? null,
      targetUnit: values.targetUnit || null,
      rollupPolicy: values.rollupPolicy,
      leadUnitId: values.leadUnitId || null,
      coUnitIds: values.coUnitIds ?? [],
      fileIds: values.fileIds ?? [],
      milestones: toMilestoneInputs(values.milestones),
      ...toReportCycle(values),
      draft,
    };
    const run = async () => {
      let created;
      try {
        created = (await create({ variables: { input } })).data?.createSupervisionItem;
      } catch (err) {
        return showError(err);
      }
      if (!created) return;
      if (draft) {
        void message.success(t('item.draftSaved'));
        return navigate(itemPath(created.id));
      }
      if (!named.length && !cascade.length) {
        void message.success(t('item.created', { number: created.regNumber ?? '' }));
        return navigate(itemPath(created.id));
      }
      setAssigning(preview.count ?? 0);
      try {
        const shares = splitShares
          ? named.map((unitId) => ({ unitId, target: values.shareTargets?.[unitId] ?? null }))
          : null;
        const res = await assign({
          variables: {
            itemId: created.id,
            ...(shares ? { shares } : { targets: named }),
            cascade,
            leadUnitId: values.leadUnitId || null,
          },
        });
        void message.success(
          t('item.createdAssigned', {
            number: created.regNumber ?? '',
            count: res.data?.assignItem.count ?? 0,
          }),
        );
      } catch (err) {
        // The item is registered; it can be assigned again from its page.
        void message.error(describeError(err));
      } finally {
        setAssigning(null);
      }
      navigate(itemPath(created.id));
    };
    if (draft) return run();
    modal.confirm({
      title: t('item.registerAndAssign'),
      content:
        named.length || cascade.length
          ? t('item.confirmAssign', { count: preview.count ?? 0 })
          : t('item.confirmRegister'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };

  /** 保存为模板: the templates page opens its form with what is filled in here. */
  const saveAsTemplate = () => {
    const v = form.getFieldsValue();
    const template = {
      name: v.title?.trim() ?? '',
      title: v.title ?? '',
      source: v.source,
      category: v.category,
      isKey: v.isKey,
      content: v.content ?? '',
      requirements: v.requirements,
      leaderName: v.leaderName,
      responsiblePerson: v.responsiblePerson,
      target: v.target,
      targetUnit: v.targetUnit,
      rollupPolicy: v.rollupPolicy,
      leadUnitId: v.leadUnitId,
      coUnitIds: v.coUnitIds,
    };
    navigate(TEMPLATES_PATH, { state: { template } });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="new-item-form"
      initialValues={{ tier: 'NORMAL', rollupPolicy: 'AVERAGE', isKey: false, cascade: [] }}
      disabled={creating || assigning != null}
      onFinish={() => void submit(false)}
      onKeyDown={keepEnterInDateFields}
      scrollToFirstError
    >
      <Flex vertical gap={12}>
        <Card size="small" title={t('item.basics')}>
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item
                name="title"
                label={t('item.title')}
                rules={[{ required: true, whitespace: true, message: t('item.titleRequired') }, { max: 200 }]}
              >
                <Input autoFocus maxLength={TEXT_LIMITS.title} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="source"
                label={t('item.source')}
                rules={[{ required: true, message: t('item.sourceRequired') }]}
              >
                <Select options={ITEM_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="isKey" label={t('item.isKey')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          {source === 'LEADER_INSTRUCTION' && (
            <Form.Item name="instruction" label={t('item.instruction')}>
              <Input.TextArea rows={2} placeholder={t('item.instructionHint')} />
            </Form.Item>
          )}
          <Form.Item name="fileIds" label={t('files.itemScan')}>
            <EvidenceUpload testId="item-evidence" />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                name="content"
                label={t('item.content')}
                rules={[{ required: true, whitespace: true, message: t('item.contentRequired') }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="requirements" label={t('item.requirements')}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item name="tier" label={t('item.deadlineTier')} required>
                <Radio.Group
                  optionType="button"
                  size="small"
                  options={TIERS.map((v) => ({
                    value: v,
                    label: v === 'CUSTOM' ? t('tier.CUSTOM') : tierLabel(t, v),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              {tier === 'URGENT' && (
                <Form.Item name="urgentDays" label={t('item.urgentDays')} initialValue={URGENT_DAYS}>
                  <InputNumber min={1} max={URGENT_MAX_DAYS} precision={0} />
                </Form.Item>
              )}
              {tier === 'CUSTOM' && (
                <Form.Item
                  name="deadline"
                  label={t('item.deadline')}
                  rules={[{ required: true, message: t('item.deadlineRequired') }]}
                >
                  <DatePicker disabledDate={(d) => pickedDay(d) < shanghaiDay()} />
                </Form.Item>
              )}
              {expected && (
                <Form.Item label={t('item.deadline')}>
                  <Typography.Text data-testid="expected-deadline">{expected}</Typography.Text>
                </Form.Item>
              )}
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={5}>
              <Form.Item name="leaderName" label={t('item.leaderName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="responsiblePerson" label={t('item.responsiblePerson')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="category" label={t('item.category')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="target" label={t('item.target')}>
                <InputNumber min={0.0001} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={2}>
              <Form.Item name="targetUnit" label={t('item.targetUnit')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="rollupPolicy" label={t('item.rollupPolicy')}>
                <Select
                  options={ROLLUP_POLICIES.map((p) => ({ value: p, label: t(ROLLUP_POLICY_LABELS[p]) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('milestone.plan')}>
          <MilestonePlanEditor
            bounds={{ start: new Date(), deadline: planDeadline, target: target ?? null }}
          />
        </Card>

        <Card size="small" title={t('item.units')}>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="leadUnitId" label={t('item.leadUnit')}>
                <OrgUnitPicker data-testid="lead-unit" />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="coUnitIds" label={t('item.coUnits')}>
                <OrgUnitPicker multiple data-testid="co-units" />
              </Form.Item>
            </Col>
          </Row>
          {target != null && (named.length > 0 || cascade.length > 0) && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('share.hint', { target, unit: targetUnit ?? '' })}
            />
          )}
          {splitShares && (
            <Form.Item label={t('inbox.delegateUnits')}>
              <Flex vertical gap={8} data-testid="share-list">
                {named.map((unitId) => (
                  <Flex key={unitId} gap={8} align="center" data-testid="share-row">
                    <Typography.Text style={{ width: 320 }}>
                      <UnitName id={unitId} />
                    </Typography.Text>
                    <Form.Item name={['shareTargets', unitId]} noStyle>
                      <InputNumber
                        min={0}
                        placeholder={t('inbox.delegateShare')}
                        style={{ width: 140 }}
                        data-testid="share-target"
                      />
                    </Form.Item>
                  </Flex>
                ))}
                <ShareSum
                  target={target}
                  unit={targetUnit}
                  shares={named.map((unitId) => shareTargets?.[unitId])}
                />
              </Flex>
            </Form.Item>
          )}
          <Form.Item label={t('item.cascade')} extra={t('item.cascadeHint')}>
            <CascadeList />
          </Form.Item>
          <PreviewAlert preview={preview} />
        </Card>

        <Flex justify="end">
          <Space wrap>
            <Button onClick={saveAsTemplate} data-testid="save-as-template">
              {t('template.saveAsTemplate')}
            </Button>
            <Button onClick={() => void submit(true)} data-testid="save-draft">
              {t('item.saveDraft')}
            </Button>
            <Button type="primary" htmlType="submit" loading={creating} data-testid="register-assign">
              {t('item.registerAndAssign')}
            </Button>
          </Space>
        </Flex>
      </Flex>
      <AssigningModal count={assigning} />
    </Form>
  );
}
