import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { milestoneLabel } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { AssignmentMilestonesQuery } from './milestone-queries';

/**
 * 报送节点: a unit reporting progress names the milestone it reports for (the first not yet cleared is
 * suggested); shown only when the item has a 节点计划. The field is `milestoneSeq` of the enclosing form.
 */
export function MilestoneSelect({ assignmentId }: { assignmentId: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const { data } = useQuery(AssignmentMilestonesQuery, {
    variables: { id: assignmentId },
    fetchPolicy: 'cache-and-network',
  });
  const milestones = data?.assignment?.milestones ?? [];
  const open = milestones.find((m) => !m.cleared)?.seq;
  useEffect(() => {
    if (open !== undefined && form.getFieldValue('milestoneSeq') === undefined)
      form.setFieldValue('milestoneSeq', open);
  }, [form, open]);
  if (!milestones.length) return null;
  return (
    <Form.Item name="milestoneSeq" label={t('milestone.report')}>
      <Select
        allowClear
        placeholder={t('milestone.reportNone')}
        data-testid="progress-milestone"
        options={milestones.map((m) => ({
          value: m.seq,
          label: `${t(milestoneLabel(m))} · ${t('milestone.planned', { percent: Math.round(m.plannedPercent) })}${
            m.cleared ? ` · ${t('milestone.cleared')}` : ''
          }`,
        }))}
      />
    </Form.Item>
  );
}
