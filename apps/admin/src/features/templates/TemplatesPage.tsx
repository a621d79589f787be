import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ItemTemplateFieldsFragment, ItemTemplateOperation } from '../../gql/graphql';
import { describeError } from '../../shared/api/errors';
import { useCurrentUser } from '../../shared/auth/current-user';
import { OrgUnitOperation } from '../../shared/domain/rules';
import { useT } from '../../shared/i18n/locale';
import { itemPath } from '../../shared/paths';
import { TemplateForm, type TemplateValues } from './TemplateForm';
import {
  DeleteItemTemplateMutation,
  ItemTemplatesQuery,
  RegisterItemFromTemplateMutation,
  SetItemTemplateActiveMutation,
} from './template-queries';

/** How a template repeats and when its items are due, in words. */
function ruleText(t: ReturnType<typeof useT>, tpl: ItemTemplateFieldsFragment): string {
  const rule = t(`template.rule.${tpl.frequency}`, { day: tpl.dayOfMonth ?? '', month: tpl.month ?? '' });
  return t('template.ruleAndDue', { rule, due: t('template.due', { days: tpl.dueWorkingDays }) });
}

function TemplateCard({
  tpl,
  onEdit,
}: {
  tpl: ItemTemplateFieldsFragment;
  onEdit: (tpl: ItemTemplateFieldsFragment) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const opts = { context: { inlineErrors: true }, refetchQueries: ['ItemTemplates'] };
  const [setActive] = useMutation(SetItemTemplateActiveMutation, opts);
  const [remove] = useMutation(DeleteItemTemplateMutation, opts);
  const [register] = useMutation(RegisterItemFromTemplateMutation, { context: { inlineErrors: true } });
  const can = (op: ItemTemplateOperation) => tpl.allowedActions.includes(op);
  const run = (fn: () => Promise<unknown>, done: string) =>
    fn().then(
      () => void message.success(done),
      (err: unknown) => void message.error(describeError(err)),
    );

  const registerNow = () =>
    modal.confirm({
      title: t('template.register'),
      content: t('template.registerConfirm', { name: tpl.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const r = await register({ variables: { id: tpl.id } });
          const item = r.data?.registerItemFromTemplate;
          if (!item) return;
          void message.success(t('template.registered', { number: item.regNumber ?? '' }));
          navigate(itemPath(item.id));
        } catch (err) {
          void message.error(describeError(err));
        }
      },
    });

  return (
    <Card
      size="small"
      data-testid="template-card"
      title={
        <Space wrap>
          <span>{tpl.name}</span>
          <Tag color={tpl.active ? 'green' : 'default'}>
            {tpl.active ? t('template.active') : t('template.inactive')}
          </Tag>
        </Space>
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text strong>{tpl.registration.title}</Typography.Text>
        <Typography.Text type="secondary">{ruleText(t, tpl)}</Typography.Text>
        {tpl.nextRuns.length > 0 && (
          <Typography.Text data-testid="template-next-runs">
            {t('template.nextRuns', { dates: tpl.nextRuns.join(t('template.dateSep')) })}
          </Typography.Text>
        )}
        {tpl.lastRunOn && (
          <Typography.Text type="secondary">{t('template.lastRun', { date: tpl.lastRunOn })}</Typography.Text>
        )}
        {tpl.lastError && (
          <Alert type="error" showIcon title={t('template.lastError', { error: tpl.lastError })} />
        )}
        <Space wrap>
          {can('REGISTER') && (
            <Button type="primary" size="small" onClick={registerNow} data-testid="template-register">
              {t('template.register')}
            </Button>
          )}
          {can('EDIT') && (
            <Button size="small" onClick={() => onEdit(tpl)} data-testid="template-edit">
              {t('template.editAction')}
            </Button>
          )}
          {can('SET_ACTIVE') && (
            <Button
              size="small"
              onClick={() =>
                void run(
                  () => setActive({ variables: { id: tpl.id, active: !tpl.active } }),
                  t('common.done'),
                )
              }
            >
              {tpl.active ? t('template.deactivate') : t('template.activate')}
            </Button>
          )}
          {can('DELETE') && (
            <Popconfirm
              title={t('template.deleteConfirm', { name: tpl.name })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => run(() => remove({ variables: { id: tpl.id } }), t('template.deleted'))}
            >
              <Button size="small" danger>
                {t('template.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
    </Card>
  );
}

/**
 * 模板与周期事项 of the user's office: its templates with their next registration days, 新建/编辑 in a
 * drawer, 用此模板登记. Offered exactly when the API says so (the office's allowedActions); the 立项 form's
 * 保存为模板 opens the drawer here prefilled (router state).
 */
export default function TemplatesPage() {
  const t = useT();
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const prefill = (location.state as { template?: Partial<TemplateValues> } | null)?.template;
  const [editing, setEditing] = useState<ItemTemplateFieldsFragment | null>(null);
  const [open, setOpen] = useState(!!prefill);
  const { data, loading, error } = useQuery(ItemTemplatesQuery, {
    variables: { unitId: me.orgUnit.id },
    context: { inlineErrors: true },
  });
  const allowed = data?.orgUnit?.allowedActions.includes(OrgUnitOperation.MANAGE_ITEM_TEMPLATES);
  const templates = data?.itemTemplates ?? [];

  const close = () => {
    setOpen(false);
    setEditing(null);
    // A prefill from 立项 is used once.
    if (prefill) navigate(location.pathname, { replace: true, state: null });
  };

  if (error && !data) return <Alert type="warning" showIcon title={t('template.notAllowed')} />;
  return (
    <Flex vertical gap={12} data-testid="templates-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('template.pageTitle')}
        </Typography.Title>
        {allowed && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
            data-testid="template-new"
          >
            {t('template.new')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('template.intro')}</Typography.Text>
      {loading && !data ? (
        <Card loading size="small" />
      ) : templates.length ? (
        templates.map((tpl) => (
          <TemplateCard
            key={tpl.id}
            tpl={tpl}
            onEdit={(x) => {
              setEditing(x);
              setOpen(true);
            }}
          />
        ))
      ) : (
        <Empty description={t('template.empty')} />
      )}
      <TemplateForm open={open} editing={editing} initial={prefill} onClose={close} />
    </Flex>
  );
}
