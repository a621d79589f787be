import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Typography } from 'antd';
import type { InstructionFieldsFragment, ReportOperation as Operation } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { ReportOperation } from '../../shared/domain/rules';
import { usePrompt } from '../../shared/feedback/prompt';
import { useT } from '../../shared/i18n/locale';
import { InstructReportMutation } from './instruction-queries';
import { InstructionList } from './LeaderInstructions';

/** Leaders' 批示 on one report, and the 批示 button for a leader the API offers it to. */
export function ReportInstructions({
  report,
}: {
  report: {
    id: string;
    allowedActions: readonly Operation[];
    instructions: readonly InstructionFieldsFragment[];
  };
}) {
  const t = useT();
  const { message } = App.useApp();
  const [prompt, promptElement] = usePrompt();
  const [instruct] = useMutation(InstructReportMutation, {
    context: { inlineErrors: true },
    // The drawer's report and the item's timeline; the item's own instructions do not list a report's.
    refetchQueries: ['ReportDetail', 'ItemEvents'],
  });
  const can = report.allowedActions.includes(ReportOperation.INSTRUCT);
  if (!can && !report.instructions.length) return null;
  return (
    <Flex vertical gap={8} data-testid="report-instructions">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t('instruction.title')}</Typography.Text>
        {can && (
          <Button
            size="small"
            type="primary"
            data-testid="instruct-report"
            onClick={() =>
              prompt({
                title: t('instruction.write'),
                label: t('instruction.text'),
                required: true,
                onSubmit: (text) =>
                  instruct({ variables: { reportId: report.id, text } }).then(
                    () => void message.success(t('common.done')),
                    (err) => {
                      void message.error(describeError(err));
                      throw err;
                    },
                  ),
              })
            }
          >
            {t('instruction.write')}
          </Button>
        )}
      </Flex>
      <InstructionList instructions={report.instructions} />
      {promptElement}
    </Flex>
  );
}
