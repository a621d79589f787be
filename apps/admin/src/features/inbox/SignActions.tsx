import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ReportOperation as Operation, ReportFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { ReportOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { RefuseSignatureMutation, SignMutation } from './inbox-queries';
import { REFETCH } from './InboxActions';

/**
 * 一把手签字 / 退回 for one report, each shown only when the API offers it in the report's `allowedActions`;
 * signing sends the report up for review, refusing sends it back to the liaison with the reason.
 */
export function SignActions({
  report,
  size,
}: {
  report: Pick<ReportFieldsFragment, 'id' | 'allowedActions'>;
  size?: 'small';
}) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const opts = { context: { inlineErrors: true }, refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [sign, { loading: signing }] = useMutation(SignMutation, opts);
  const [refuse] = useMutation(RefuseSignatureMutation, opts);
  const can = (op: Operation) => report.allowedActions.includes(op);
  if (!can(ReportOperation.SIGN) && !can(ReportOperation.REFUSE_SIGNATURE)) return null;

  return (
    <>
      <Space size={size ? 4 : undefined}>
        {can(ReportOperation.REFUSE_SIGNATURE) && (
          <Button
            danger
            size={size}
            onClick={() =>
              prompt({
                title: t('sign.refuseTitle'),
                label: t('common.reason'),
                required: true,
                danger: true,
                onSubmit: (reason) =>
                  refuse({ variables: { reportId: report.id, reason } }).then(
                    () => void message.success(t('sign.refused')),
                    (err: unknown) => {
                      void message.error(describeError(err));
                      throw err;
                    },
                  ),
              })
            }
          >
            {t('sign.refuse')}
          </Button>
        )}
        {can(ReportOperation.SIGN) && (
          <Popconfirm
            title={t('sign.signConfirm')}
            okText={t('sign.sign')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              sign({ variables: { reportId: report.id } }).then(
                () => void message.success(t('sign.signed')),
                (err: unknown) => void message.error(describeError(err)),
              )
            }
          >
            <Button type="primary" size={size} loading={signing} data-testid="sign-report">
              {t('sign.sign')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {promptElement}
    </>
  );
}
