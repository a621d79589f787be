import { AssignmentRange, Audience, DomainEvent, EventOf } from '@duban/contracts';
import { Bilingual, Role } from '@duban/rules';

/** Everything delivery needs to turn one event into notification rows, decided here and only here. */
export interface NotificationWording {
  /** Active users of each unit holding any of its roles. */
  audience: Audience[];
  title: Bilingual;
  /**
   * A cascade's new assignments (ids min..max of the item): the active liaisons of their units, each
   * notification pointing at that unit's own assignment. `parentId` is the delegated assignment whose
   * children they are; null for an item's top-level cascade.
   */
  cascade: { min: string; max: string; parentId: string | null } | null;
  itemId: string | null;
  /** The assignment the notification points at (a cascade recipient's own one takes precedence). */
  assignmentId: string | null;
  /**
   * Along the chain: users holding `roles` at every office strictly between `fromUnitId` and the
   * assignment's unit (resolved from the unit's path at delivery) are told too, in their own words.
   */
  chain?: { fromUnitId: string; roles: Role[]; title: Bilingual };
  /** The audience units' acting signers (委托签字) in force on the day of delivery are told too. */
  actingSigners?: boolean;
}

const HOLDER = [Role.LIAISON, Role.HEAD];
/** Who hears about each climb of the deadline sweep's chase, at the unit that holds the assignment. */
const CHASED_AT_UNIT = {
  LIAISON: [Role.LIAISON],
  HEAD: [Role.HEAD, Role.LIAISON],
  LEADER: [Role.HEAD, Role.LIAISON],
};

/** The calendar day (UTC) of an ISO time, as written in 延期 notices. */
function day(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? iso.slice(0, 10) : t.toISOString().slice(0, 10);
}

/** The names a notice is about, read at delivery: the item's title and the unit that holds the assignment. */
export interface NoticeNames {
  item?: string | null;
  unit?: string | null;
}

/** Every notice names its item and unit: appended as （河道清障 · 白庙乡） unless the words already say them. */
function naming(title: Bilingual, names: NoticeNames): Bilingual {
  const parts = [names.item, names.unit].filter((p): p is string => !!p && !title.zh.includes(p));
  if (!parts.length) return title;
  const about = parts.join(' · ');
  return { zh: `${title.zh}（${about}）`, en: `${title.en} (${about})` };
}

/**
 * Who hears about an event and in what words. Events state facts only; every audience and title is
 * written here. A new topic does not compile until it has its case.
 */
export function notificationWording(event: DomainEvent, names: NoticeNames = {}): NotificationWording {
  const wording = worded(event);
  return {
    ...wording,
    title: naming(wording.title, names),
    ...(wording.chain ? { chain: { ...wording.chain, title: naming(wording.chain.title, names) } } : {}),
  };
}

function worded(event: DomainEvent): NotificationWording {
  const to = (audience: Audience[], title: Bilingual): NotificationWording => ({
    audience,
    title,
    cascade: null,
    itemId: event.itemId ?? null,
    assignmentId: 'assignmentId' in event ? event.assignmentId : null,
  });
  switch (event.topic) {
    case 'item.assigned':
      return {
        ...to([], { zh: `新交办事项：${event.itemTitle}`, en: `New assignment: ${event.itemTitle}` }),
        cascade: { ...event.assignmentRange, parentId: null },
      };
    case 'assignment.delegated':
      return {
        ...to([], { zh: `新转办事项：${event.itemTitle}`, en: `Delegated to you: ${event.itemTitle}` }),
        cascade: { ...event.assignmentRange, parentId: event.assignmentId },
      };
    case 'report.submitted':
      return {
        ...to([{ unitId: event.unitId, roles: [Role.HEAD] }], {
          zh: '有一份办理情况报告待您签字',
          en: 'A report is waiting for your signature',
        }),
        actingSigners: true,
      };
    case 'report.signed':
      return to([{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR] }], {
        zh: '有一份已签字的办理报告待审核',
        en: 'A signed report is waiting for review',
      });
    case 'report.signature_refused':
      return to([{ unitId: event.unitId, roles: [Role.LIAISON] }], {
        zh: `一把手退回了报告：${event.reason}`,
        en: `The head sent the report back: ${event.reason}`,
      });
    case 'report.accepted':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: '办理情况报告已审核通过，事项办结',
        en: 'Your report was accepted; the assignment is done',
      });
    case 'report.co_unit_accepted':
      // Told at the lead unit, pointing at its own assignment (the co-unit's lies outside its scope).
      return {
        ...to([{ unitId: event.leadUnitId, roles: HOLDER }], {
          zh: `协办单位${event.unitName}的报告已审核通过，可在主办单位报告中引用汇总`,
          en: `Co-unit ${event.unitName}'s report was accepted; your lead report can now cite it`,
        }),
        assignmentId: event.leadAssignmentId,
      };
    case 'report.returned':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `报告被退回重办：${event.reason}`,
        en: `Your report was returned for rework: ${event.reason}`,
      });
    case 'extension.requested':
      return to([{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR] }], {
        zh: `延期申请待审批：${event.reason}`,
        en: `Extension request to decide: ${event.reason}`,
      });
    case 'assignment.share_adjusted':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `分解指标已调整：${event.from ?? '—'} → ${event.to}（${event.reason}）`,
        en: `Your quantified share was changed: ${event.from ?? '—'} → ${event.to} (${event.reason})`,
      });
    case 'extension.forwarded':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `延期申请超出交办单位时限，已转报上级审批${event.opinion ? `（意见：${event.opinion}）` : ''}`,
        en: `Your extension request goes beyond the assigning office's own deadline and was forwarded upward${event.opinion ? ` (opinion: ${event.opinion})` : ''}`,
      });
    case 'extension.cancelled':
      return to([{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR] }], {
        zh: '下级单位撤回了延期申请',
        en: 'An extension request was cancelled by the unit',
      });
    case 'extension.decided':
      return to(
        [{ unitId: event.unitId, roles: HOLDER }],
        event.approved
          ? {
              zh: `延期申请已同意，新时限 ${day(event.deadline)}`,
              en: `Extension approved until ${day(event.deadline)}`,
            }
          : { zh: `延期申请未同意：${event.comment}`, en: `Extension refused: ${event.comment}` },
      );
    case 'assignment.urged':
      if (event.source === 'MANUAL')
        return {
          ...to([{ unitId: event.unitId, roles: HOLDER }], {
            zh: `催办通知 ${event.number}：${event.text.zh}`,
            en: `Urge notice ${event.number}: ${event.text.en}`,
          }),
          ...urgedAlongTheChain(event),
        };
      // The sweep's notice climbs: the liaison, then the head too, then the assigning office's leader.
      return {
        ...to(
          [
            ...(event.target === 'LEADER' ? [{ unitId: event.issuerUnitId, roles: [Role.LEADER] }] : []),
            { unitId: event.unitId, roles: CHASED_AT_UNIT[event.target] },
          ],
          event.text,
        ),
        ...urgedAlongTheChain(event),
      };
    case 'assignment.escalated':
      return to([{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR, Role.LEADER] }], {
        zh: `下级上报协调：${event.reason}`,
        en: `Escalated for coordination: ${event.reason}`,
      });
    case 'escalation.forwarded':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `上报协调事项已转报上级协调（意见：${event.opinion}）`,
        en: `Your escalation was forwarded to the office above (opinion: ${event.opinion})`,
      });
    case 'escalation.resolved':
      // The unit that asked hears the answer, whichever level gave it (its supervisor too: an
      // office's own escalation is usually a forward by its supervisor).
      return to([{ unitId: event.unitId, roles: [...HOLDER, Role.SUPERVISOR] }], {
        zh: `上报协调事项已答复：${event.resolution}`,
        en: `Your escalation was resolved: ${event.resolution}`,
      });
    case 'assignment.declined':
      return to([{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR] }], {
        zh: `${event.unitName || '下级单位'}退回交办，请改派或标为不适用：${event.reason}`,
        en: `${event.unitName || 'A unit'} returned the assignment; reassign it or mark it not applicable: ${event.reason}`,
      });
    case 'assignment.reassigned':
      // The new unit hears of it like a fresh cascade: its liaisons, pointing at its own assignment.
      return to([{ unitId: event.unitId, roles: [Role.LIAISON] }], {
        zh: `改派交办事项：${event.itemTitle}`,
        en: `Reassigned to you: ${event.itemTitle}`,
      });
    case 'assignment.withdrawn':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `交办任务已撤回：${event.reason}`,
        en: `The assignment was withdrawn: ${event.reason}`,
      });
    case 'item.feedback':
      return to([{ unitId: event.issuerUnitId, roles: [Role.LEADER] }], {
        zh: `事项已办结反馈：${event.itemTitle}`,
        en: `Result reported: ${event.itemTitle}`,
      });
    case 'item.edited':
      return to(
        event.unitIds.map((unitId) => ({ unitId, roles: HOLDER })),
        editedTitle(event),
      );
    case 'instruction.given':
      return instructed(event, to);
    case 'assignment.reopened':
      return to([{ unitId: event.unitId, roles: HOLDER }], {
        zh: `事项复查复议，请重新办理（新时限${day(event.deadline)}）：${event.reason}`,
        en: `Reopened for re-review; due ${day(event.deadline)}: ${event.reason}`,
      });
    case 'bulletin.issued':
      return to(
        event.unitIds.map((unitId) => ({ unitId, roles: [Role.HEAD, Role.LIAISON] })),
        event.heading,
      );
    default:
      return unworded(event);
  }
}

const EDITED_FIELD: Record<EventOf<'item.edited'>['fields'][number], Bilingual> = {
  title: { zh: '事项名称', en: 'title' },
  content: { zh: '事项内容', en: 'content' },
  requirements: { zh: '工作要求', en: 'requirements' },
  deadline: { zh: '办理时限', en: 'deadline' },
};

/** 编辑: which fields changed, and the new deadline when it is one of them. */
function editedTitle(e: EventOf<'item.edited'>): Bilingual {
  const zh = e.fields.map((f) => EDITED_FIELD[f].zh).join('、');
  const en = e.fields.map((f) => EDITED_FIELD[f].en).join(', ');
  const due = e.fields.includes('deadline') ? day(e.deadline) : null;
  return {
    zh: `督办事项已调整：${zh}${due ? `（新时限${due}）` : ''}`,
    en: `The item was edited: ${en}${due ? ` (now due ${due})` : ''}`,
  };
}

/** What the leader did, per kind and target, before the words themselves. */
function instructionDeed(e: EventOf<'instruction.given'>): Bilingual {
  switch (e.kind) {
    case 'READ':
      return { zh: `${e.leaderName}已阅结果反馈`, en: `${e.leaderName} read the result` };
    case 'AGREE':
      return { zh: `${e.leaderName}同意结果反馈`, en: `${e.leaderName} agreed to the result` };
    case 'FURTHER_INSTRUCTION':
      return {
        zh: `${e.leaderName}对结果反馈进一步批示`,
        en: `${e.leaderName} gave a further instruction on the result`,
      };
    default:
      return e.target === 'REPORT'
        ? { zh: `${e.leaderName}对办理报告批示`, en: `${e.leaderName} gave an instruction on a report` }
        : { zh: `${e.leaderName}批示`, en: `${e.leaderName} gave an instruction` };
  }
}

/**
 * 批示 / 阅示: the issuing office's supervisors hear of every one; a 批示 on a report also reaches the
 * reporting unit's liaison and head, pointing at its own assignment.
 */
function instructed(
  event: EventOf<'instruction.given'>,
  to: (audience: Audience[], title: Bilingual) => NotificationWording,
): NotificationWording {
  const deed = instructionDeed(event);
  const audience: Audience[] = [{ unitId: event.issuerUnitId, roles: [Role.SUPERVISOR] }];
  if (event.report) audience.push({ unitId: event.report.unitId, roles: HOLDER });
  return {
    ...to(audience, {
      zh: event.text ? `${deed.zh}：${event.text}` : deed.zh,
      en: event.text ? `${deed.en}: ${event.text}` : deed.en,
    }),
    assignmentId: event.report?.assignmentId ?? null,
  };
}

/**
 * When an office urges a unit below another office (the city urges a township of 睢县), the
 * supervisors of every office in between hear of it: "商丘市已催办城关镇：…（商督催〔2026〕3号）".
 * Events written before the urging office was recorded tell only the unit.
 */
function urgedAlongTheChain(event: EventOf<'assignment.urged'>): Pick<NotificationWording, 'chain'> {
  if (!event.urgerUnitId) return {};
  const urger = event.urgerUnitName ?? '上级';
  const unit = event.unitName ?? '下级单位';
  const numbered = (text: string, open: string, close: string) =>
    text.includes(event.number) ? text : `${text}${open}${event.number}${close}`;
  return {
    chain: {
      fromUnitId: event.urgerUnitId,
      roles: [Role.SUPERVISOR],
      title: {
        zh: `${urger}已催办${unit}：${numbered(event.text.zh, '（', '）')}`,
        en: `${urger} urged ${unit}: ${numbered(event.text.en, ' (', ')')}`,
      },
    },
  };
}

/** Compile-time exhaustiveness: reached only by a topic the switch above does not word yet. */
function unworded(event: never): never {
  throw new Error(`no wording for event topic ${(event as { topic?: unknown }).topic}`);
}

/** An event as written before events stated facts only: the emit site chose its audience and title. */
interface PreWordedEvent {
  topic: string;
  itemId?: string;
  assignmentId?: string;
  audience: Audience[];
  assignmentRange?: AssignmentRange;
  title: Bilingual;
}

/**
 * Outbox rows and delayed jobs (quiet hours, retries) written by the previous release still carry
 * their own audience and title: they are delivered exactly as written. Null for a facts-only event.
 * Can go once no such row or job can be pending.
 */
export function preWordedNotification(event: object): NotificationWording | null {
  if (!('audience' in event) || !('title' in event)) return null;
  const e = event as PreWordedEvent;
  const parentId = e.topic === 'assignment.delegated' ? (e.assignmentId ?? null) : null;
  return {
    audience: e.audience ?? [],
    title: e.title,
    cascade: e.assignmentRange ? { min: e.assignmentRange.min, max: e.assignmentRange.max, parentId } : null,
    itemId: e.itemId ?? null,
    assignmentId: e.assignmentId ?? null,
  };
}
