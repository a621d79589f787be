import { Injectable } from '@nestjs/common';
import {
  checkEditedItemDeadline,
  ItemAction,
  ItemEditFields,
  itemEditDiff,
  ItemFieldChange,
  nextItemStatus,
  unitRemovalRefusal,
} from '@duban/rules';
import { badInput, conflict, RequestContext } from '@duban/platform';
import { assignmentRepository, CascadeService, ReassignService } from '../assignment';
import { AuditService } from '../audit';
import { EditSupervisionItemInput, itemRepository, ItemService, SupervisionItemEntity } from '../item';
import { orgScope } from '../org';
import { OutboxService } from '../outbox';
import { requiredText } from '../shared';

const STALE = {
  zh: '该事项在您打开后已被修改，请刷新后重新编辑',
  en: 'The item was changed after you opened it; reload it and edit again',
};
const NOTHING = { zh: '没有需要保存的修改', en: 'Nothing was changed' };
const ADD_AND_REMOVE = {
  zh: '同一单位不能既增加又移除',
  en: 'A unit cannot be both added and removed',
};
const OUT_OF_SCOPE = {
  zh: '所选单位不在本单位管辖范围内',
  en: 'The chosen units must be within your own organisation',
};
const notHolding = (names: string) => ({
  zh: `以下单位不是本事项在办的承办单位：${names}`,
  en: `These units do not hold this item as open work: ${names}`,
});

/** Labels of the edited fields as the audit's text and the notice name them. */
const FIELD_ZH: Record<keyof ItemEditFields, string> = {
  title: '事项名称',
  content: '事项内容',
  requirements: '工作要求',
  deadline: '办理时限',
};

const fieldsOf = (i: SupervisionItemEntity): ItemEditFields => ({
  title: i.title,
  content: i.content,
  requirements: i.requirements,
  deadline: new Date(i.deadline).toISOString(),
});

const uniq = (ids?: string[] | null) => [...new Set((ids ?? []).map(String))];

/**
 * 编辑: the issuing office corrects an open item — title, content, requirements, deadline — and adds
 * units (交办, the cascade's own path) or removes ones that have not reported (撤回's path). One
 * transaction, checked against the version the editor loaded; the audit keeps every changed field
 * before and after; the units still holding it are told what changed.
 */
@Injectable()
export class ItemEditService {
  constructor(
    private readonly items: ItemService,
    private readonly cascade: CascadeService,
    private readonly reassign: ReassignService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async editItem(ctx: RequestContext, itemId: string, input: EditSupervisionItemInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    // Everything is checked before anything is written.
    const item = await this.items.lock(em, actor, itemId);
    nextItemStatus(item.status, ItemAction.EDIT);
    const before = fieldsOf(item);
    const after = this.edited(before, input);
    const changes = itemEditDiff(before, after);
    const add = uniq(input.addUnitIds);
    const remove = uniq(input.removeUnitIds);
    if (add.some((u) => remove.includes(u))) throw badInput(ADD_AND_REMOVE, 'removeUnitIds');
    if (!changes.length && !add.length && !remove.length) throw badInput(NOTHING, 'input');
    // Units outside the caller's subtree are refused unnamed (their names are not the caller's to read).
    for (const [ids, field] of [
      [add, 'addUnitIds'],
      [remove, 'removeUnitIds'],
    ] as const)
      if (ids.length && (await orgScope.count(em, ids, actor.unitPath)) !== ids.length)
        throw badInput(OUT_OF_SCOPE, field);

    const direct = await assignmentRepository.lockOpenDirect(em, itemId);
    const removed = direct.filter((a) => remove.includes(String(a.unitId)));
    const missing = remove.filter((u) => !removed.some((a) => String(a.unitId) === u));
    if (missing.length) {
      const names = await orgScope.names(em, missing);
      throw badInput(notHolding(missing.map((u) => names.get(u) ?? u).join('、')), 'removeUnitIds');
    }
    for (const a of removed) {
      const refusal = unitRemovalRefusal(a);
      if (refusal) throw conflict(refusal);
    }
    const staying = direct.filter((a) => !removed.includes(a));
    if (after.deadline !== before.deadline)
      checkEditedItemDeadline(
        new Date(after.deadline),
        new Date(),
        staying.map((a) => ({ unitName: a.unitName, deadline: new Date(a.deadline) })),
      );
    // Last of the checks: a bad request is answered as such whether or not the form is stale.
    if (item.version !== input.expectedVersion) throw conflict(STALE);

    if (!(await itemRepository.edit(em, itemId, item.version, after))) throw conflict(STALE);
    const reason = `事项编辑：移除承办单位`;
    for (const a of removed) await this.reassign.withdraw(ctx, a.id, reason);
    const added = add.length ? await this.cascade.assignItem(ctx, itemId, add, [], {}) : null;
    const addedNames = add.length ? await orgScope.names(em, add) : new Map<string, string>();

    await this.audit.append(em, actor, {
      chainKey: `item:${itemId}`,
      unitPath: item.issuerPath,
      itemId,
      action: 'item.edited',
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: {
        ...Object.fromEntries(changes.map((c) => [c.field, c.after])),
        ...(added ? { unitsAdded: add.map((u) => addedNames.get(u) ?? u) } : {}),
        ...(removed.length ? { unitsRemoved: removed.map((a) => a.unitName) } : {}),
      },
      text: summary(
        changes,
        add.map((u) => addedNames.get(u) ?? u),
        removed.map((a) => a.unitName),
      ),
    });
    if (changes.length && staying.length)
      await this.outbox.emit(em, actor.tenantId, item.issuerPath, {
        topic: 'item.edited',
        itemId,
        itemTitle: after.title,
        issuerUnitId: String(item.issuerUnitId),
        unitIds: staying.map((a) => String(a.unitId)),
        fields: changes.map((c) => c.field),
        deadline: after.deadline,
        actorId: actor.userId,
      });
    return this.items.get(em, itemId);
  }

  /** The fields as the edit leaves them: given ones checked and trimmed, the others as they were. */
  private edited(before: ItemEditFields, input: EditSupervisionItemInput): ItemEditFields {
    return {
      title:
        input.title == null
          ? before.title
          : requiredText(input.title, 'title', { zh: '事项名称', en: 'Title' }, 200),
      content:
        input.content == null
          ? before.content
          : requiredText(input.content, 'content', { zh: '事项内容', en: 'Content' }),
      requirements: input.requirements == null ? before.requirements : input.requirements.trim() || null,
      deadline: input.deadline == null ? before.deadline : new Date(input.deadline).toISOString(),
    };
  }
}

/** The trail's one line: 修改：事项名称、办理时限；增加承办单位：…；移除承办单位：… */
function summary(changes: ItemFieldChange[], added: string[], removed: string[]): string {
  return [
    changes.length ? `修改：${changes.map((c) => FIELD_ZH[c.field]).join('、')}` : '',
    added.length ? `增加承办单位：${added.join('、')}` : '',
    removed.length ? `移除承办单位：${removed.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；');
}
