import { useMutation } from '@apollo/client/react';
import { App, Button, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { describeError } from '../../shared/api/errors';
import { useT } from '../../shared/i18n/locale';
import { AcceptManyMutation } from './inbox-queries';
import { REFETCH } from './InboxActions';

/**
 * 批量签收 of the selected rows, after a confirmation that counts and names them. One request, all or nothing:
 * if the API refuses one (already signed for, or not the caller's to sign for), nothing is signed for and the
 * error names the item's unit.
 */
export function BatchAccept({
  rows,
  onDone,
}: {
  rows: readonly { id: string; item?: { title: string } | null }[];
  onDone: () => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [accept, { loading }] = useMutation(AcceptManyMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const confirm = () =>
    modal.confirm({
      title: t('inbox.acceptMany', { count: rows.length }),
      content: (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 4, expandable: true, symbol: t('list.more') }}
          data-testid="accept-many-items"
        >
          {rows.map((r) => r.item?.title).join('；')}
        </Typography.Paragraph>
      ),
      okText: t('inbox.accept'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'accept-many-ok' } },
      onOk: () =>
        accept({ variables: { ids: rows.map((r) => r.id) } }).then(
          (r) => {
            void message.success(t('inbox.acceptedMany', { count: r.data?.acceptAssignments.length ?? 0 }));
            onDone();
          },
          (err: unknown) => {
            void message.error(describeError(err));
            throw err;
          },
        ),
    });
  return (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      disabled={!rows.length}
      loading={loading}
      onClick={confirm}
      data-testid="inbox-accept-selected"
    >
      {rows.length ? t('inbox.acceptSelected', { count: rows.length }) : t('inbox.acceptSelectedNone')}
    </Button>
  );
}
