import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type {
  InstructionFieldsFragment,
  InstructionKind,
  ItemOperation as Operation,
} from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { useSubmit } from '../../shared/feedback/use-submit';
import { formatTime } from '../../shared/domain/labels';
import {
  chinaDate,
  endOfPickedDay,
  InstructionKind as Kind,
  ItemOperation,
  pickedDay,
  shanghaiDay,
} from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { keepEnterInDateFields } from '../../shared/ui/form-keys';
import { ITEM_REFETCH } from './AssignModal';
import { InstructItemMutation, ItemInstructionsQuery, ReadFeedbackMutation } from './instruction-queries';

/** Every list on the item page that shows a leader's words or what a reopening changed. */
export const INSTRUCTION_REFETCH = [...ITEM_REFETCH, 'ItemInstructions'];

const KIND_COLOR: Record<InstructionKind, string> = {
  INSTRUCTION: 'red',
  READ: 'blue',
  AGREE: 'green',
  FURTHER_INSTRUCTION: 'volcano',
};

/** Leaders' 批示 and 阅示, oldest first: kind, leader, time, words, and a reopening's new deadline. */
export function InstructionList({ instructions }: { instructions: readonly InstructionFieldsFragment[] }) {
  const t = useT();
  if (!instructions.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('instruction.none')} />;
  return (
    <Flex vertical gap={8} data-testid="instruction-list">
      {instructions.map((n) => (
        <Flex key={n.id} vertical gap={2} data-kind={n.kind} data-testid="instruction">
          <Space wrap size={6}>
            <Tag color={KIND_COLOR[n.kind]}>{t(`instruction.kind.${n.kind}`)}</Tag>
            {n.target === 'FEEDBACK' && <Tag>{t('instruction.onFeedback')}</Tag>}
            <Typography.Text strong>{n.leaderName}</Typography.Text>
            <Typography.Text type="secondary">{formatTime(n.createdAt)}</Typography.Text>
          </Space>
          {n.text && (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {n.text}
            </Typography.Paragraph>
          )}
          {n.reopenDeadline && (
            <Typography.Text type="warning">
              {t('instruction.reopened', { deadline: chinaDate(n.reopenDeadline) })}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * The item's 领导批示 card: what leaders wrote on it and on its 结果反馈, and — for a leader the API offers it
 * to — 批示 and 阅示 (已阅, 同意, or a further instruction that reopens the item with a new deadline).
 */
export function ItemInstructions({ itemId }: { itemId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [reading, setReading] = useState(false);
  const { data } = useQuery(ItemInstructionsQuery, {
    variables: { id: itemId },
    fetchPolicy: 'cache-and-network',
  });
  const opts = { context: { inlineErrors: true }, refetchQueries: INSTRUCTION_REFETCH };
  const [instruct] = useMutation(InstructItemMutation, opts);
  const item = data?.supervisionItem;
  if (!item) return null;
  const can = (op: Operation) => item.allowedActions.includes(op);
  if (!item.instructions.length && !can(ItemOperation.INSTRUCT)) return null;
  const fail = (err: unknown) => {
    void message.error(describeError(err));
    throw err;
  };

  return (
    <Card
      size="small"
      title={t('instruction.title')}
      data-testid="item-instructions"
      extra={
        <Space wrap>
          {can(ItemOperation.INSTRUCT) && (
            <Button
              type="primary"
              size="small"
              data-testid="instruct-item"
              onClick={() =>
                prompt({
                  title: t('instruction.write'),
                  label: t('instruction.text'),
                  required: true,
                  onSubmit: (text) =>
                    instruct({ variables: { itemId, text } }).then(
                      () => void message.success(t('common.done')),
                      fail,
                    ),
                })
              }
            >
              {t('instruction.write')}
            </Button>
          )}
          {can(ItemOperation.READ_FEEDBACK) && (
            <Button size="small" data-testid="read-feedback" onClick={() => setReading(true)}>
              {t('instruction.read')}
            </Button>
          )}
        </Space>
      }
    >
      <InstructionList instructions={item.instructions} />
      {reading && (
        <ReadFeedbackModal itemId={itemId} feedback={item.feedback} onClose={() => setReading(false)} />
      )}
      {promptElement}
    </Card>
  );
}

interface ReadValues {
  kind: Kind;
  text?: string;
  deadline?: Dayjs;
}

/** 阅示/圈阅 of the 结果反馈; a further instruction needs words and the reopened item's new deadline. */
function ReadFeedbackModal({
  itemId,
  feedback,
  onClose,
}: {
  itemId: string;
  feedback: string | null | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReadValues>();
  const kind = Form.useWatch('kind', form);
  const further = kind === Kind.FURTHER_INSTRUCTION;
  const [read] = useMutation(ReadFeedbackMutation, {
    context: { inlineErrors: true },
    refetchQueries: INSTRUCTION_REFETCH,
    awaitRefetchQueries: true,
  });
  const [submit, busy] = useSubmit(async (v: ReadValues) => {
    await read({
      variables: {
        itemId,
        kind: v.kind,
        text: v.text?.trim() || null,
        deadline: further && v.deadline ? endOfPickedDay(v.deadline) : null,
      },
    });
    onClose();
    return further ? t('instruction.reopenedDone') : t('common.done');
  });
  return (
    <Modal
      open
      title={t('instruction.read')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: further, ...{ 'data-testid': 'read-feedback-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {feedback && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
          {t('detail.feedback')}：{feedback}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: Kind.READ }}
        onFinish={submit}
        onKeyDown={keepEnterInDateFields}
      >
        <Form.Item name="kind" label={t('instruction.kind')}>
          <Radio.Group
            optionType="button"
            options={[Kind.READ, Kind.AGREE, Kind.FURTHER_INSTRUCTION].map((k) => ({
              value: k,
              label: t(`instruction.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('instruction.text')}
          rules={
            further ? [{ required: true, whitespace: true, message: t('instruction.textRequired') }] : []
          }
          extra={further ? t('instruction.furtherHint') : undefined}
        >
          <Input.TextArea rows={3} data-testid="read-feedback-text" />
        </Form.Item>
        {further && (
          <Form.Item
            name="deadline"
            label={t('reopen.deadline')}
            rules={[{ required: true, message: t('item.deadlineRequired') }]}
          >
            <DatePicker
              disabledDate={(d) => pickedDay(d) < shanghaiDay()}
              data-testid="read-feedback-deadline"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
