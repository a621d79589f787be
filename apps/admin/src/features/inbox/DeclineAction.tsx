import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { graphql } from '../../gql';
import { describeError } from '../../shared/api/errors';
import { AssignmentOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { REFETCH } from './InboxActions';

export const DeclineMutation = graphql(`
  mutation DeclineAssignment($assignmentId: ID!, $reason: String!) {
    declineAssignment(assignmentId: $assignmentId, reason: $reason) {
      id
      status
      declined
      withdrawnReason
      allowedActions
    }
  }
`);

/** 退回交办: before signing for it, the unit returns the assignment with a reason — only when the API offers it. */
export function DeclineAction({ row }: { row: { id: string; allowedActions: readonly string[] } }) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [decline] = useMutation(DeclineMutation, {
    context: { inlineErrors: true },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  if (!row.allowedActions.includes(AssignmentOperation.DECLINE)) return null;
  return (
    <>
      <Button
        size="small"
        danger
        data-testid="inbox-decline"
        onClick={() =>
          prompt({
            title: t('reassign.decline'),
            description: t('reassign.declineHint'),
            label: t('reassign.declineReason'),
            required: true,
            danger: true,
            okText: t('reassign.decline'),
            onSubmit: (reason) =>
              decline({ variables: { assignmentId: row.id, reason } }).then(
                () => void message.success(t('reassign.declined')),
                (err: unknown) => {
                  void message.error(describeError(err));
                  throw err;
                },
              ),
          })
        }
      >
        {t('reassign.decline')}
      </Button>
      {promptElement}
    </>
  );
}
