/**
 * Domain events written to the outbox inside the transaction that caused them, then relayed to
 * the `domain-events` queue with jobId = outbox id (so a replay never duplicates a job).
 *
 * An event states facts only: who must hear about it and in what words is decided by the
 * notification module, not at the place that emits it.
 */

/** Who is told: users at a unit holding one of the roles. Resolved by the notification module. */
export interface Audience {
  unitId: string;
  roles: string[];
}

/** A cascade's new assignments (ids min..max of one item); their units' liaisons hear about it. */
export interface AssignmentRange {
  min: string;
  max: string;
}

/** Who gets a 催办通知 (manual or from the deadline sweep). */
export type UrgeTarget = 'LIAISON' | 'HEAD' | 'LEADER';

/** Where a 催办通知 came from: a supervisor's 催办 (MANUAL) or the deadline sweep's chase (SWEEP). */
export type UrgeSource = 'MANUAL' | 'SWEEP';

interface Base {
  /** The user who caused it; null for the system (deadline sweep). */
  actorId?: string | null;
  /** Deliver no earlier than this (quiet hours); ISO time. */
  deliverAfter?: string;
}

/** Facts of one assignment's event: the unit that holds it and the office that assigned it. */
interface AssignmentFacts extends Base {
  itemId: string;
  assignmentId: string;
  unitId: string;
  issuerUnitId: string;
}

export type DomainEvent =
  | (Base & { topic: 'item.assigned'; itemId: string; itemTitle: string; assignmentRange: AssignmentRange })
  | (AssignmentFacts & { topic: 'assignment.delegated'; itemTitle: string; assignmentRange: AssignmentRange })
  | (AssignmentFacts & { topic: 'report.submitted' })
  | (AssignmentFacts & { topic: 'report.signed' })
  | (AssignmentFacts & { topic: 'report.signature_refused'; reason: string })
  | (AssignmentFacts & { topic: 'report.accepted' })
  /**
   * 主办/协办: a co-unit's report (this assignment) was accepted; its lead unit may now cite it. The
   * lead's assignment and unit, and the co-unit's name as it read then.
   */
  | (AssignmentFacts & {
      topic: 'report.co_unit_accepted';
      leadAssignmentId: string;
      leadUnitId: string;
      unitName: string;
    })
  | (AssignmentFacts & { topic: 'report.returned'; reason: string })
  | (AssignmentFacts & { topic: 'extension.requested'; reason: string })
  /** 调整分解指标: the unit's quantified share changed (from null when it had none). */
  | (AssignmentFacts & {
      topic: 'assignment.share_adjusted';
      from: number | null;
      to: number;
      reason: string;
    })
  /** Beyond the deciding office's own deadline: it went to the office above with this opinion. */
  | (AssignmentFacts & { topic: 'extension.forwarded'; opinion: string | null })
  /** The unit withdrew its pending request. */
  | (AssignmentFacts & { topic: 'extension.cancelled' })
  | (AssignmentFacts & {
      topic: 'extension.decided';
      approved: boolean;
      /** The deadline after the decision, ISO time. */
      deadline: string;
      comment: string | null;
    })
  | (AssignmentFacts & {
      topic: 'assignment.urged';
      source: UrgeSource;
      number: string;
      /** The notice as recorded (Chinese) with its English wording. */
      text: { zh: string; en: string };
      target: UrgeTarget;
      /**
       * The office that urged: the supervisor's unit (manual), the assigning office (sweep). The
       * offices strictly between it and the unit are told too. Absent on events written before.
       */
      urgerUnitId?: string;
      /** Names as they read when it was urged, for the intermediate offices' notice. */
      urgerUnitName?: string;
      unitName?: string;
    })
  | (AssignmentFacts & { topic: 'assignment.escalated'; reason: string })
  /** The assigning office passed the unit's escalation, with this opinion, to the office above. */
  | (AssignmentFacts & { topic: 'escalation.forwarded'; opinion: string })
  /** The escalation of this assignment was answered (here or, if forwarded, above). */
  | (AssignmentFacts & { topic: 'escalation.resolved'; resolution: string })
  /** 退回交办: before signing for it, the unit returned it as not its responsibility. */
  | (AssignmentFacts & {
      topic: 'assignment.declined';
      reason: string;
      /** The unit's name as it read when it returned the assignment. */
      unitName: string;
    })
  /** 改派: a new assignment (this one) replaces a returned or withdrawn one (`fromAssignmentId`). */
  | (AssignmentFacts & { topic: 'assignment.reassigned'; itemTitle: string; fromAssignmentId: string })
  /** 撤回: the assigning office withdrew this assignment (and its open sub-assignments). */
  | (AssignmentFacts & { topic: 'assignment.withdrawn'; reason: string })
  | (Base & { topic: 'item.feedback'; itemId: string; itemTitle: string; issuerUnitId: string })
  /**
   * 编辑: the issuing office changed the item's fields (`fields`: title, content, requirements,
   * deadline); the units still holding it directly are told. Title and deadline (ISO) as edited.
   */
  | (Base & {
      topic: 'item.edited';
      itemId: string;
      itemTitle: string;
      issuerUnitId: string;
      unitIds: string[];
      fields: ('title' | 'content' | 'requirements' | 'deadline')[];
      deadline: string;
    })
  /**
   * 批示 / 阅示: a leader wrote on the item, one of its reports (`report`: the reporting unit and its
   * assignment) or its 结果反馈. Names and words as written.
   */
  | (Base & {
      topic: 'instruction.given';
      itemId: string;
      itemTitle: string;
      issuerUnitId: string;
      instructionId: string;
      target: 'ITEM' | 'REPORT' | 'FEEDBACK';
      kind: 'INSTRUCTION' | 'READ' | 'AGREE' | 'FURTHER_INSTRUCTION';
      leaderName: string;
      text: string | null;
      report?: { assignmentId: string; unitId: string };
    })
  /** 复查复议: the concluded item was reopened and this done assignment went back to work. */
  | (AssignmentFacts & {
      topic: 'assignment.reopened';
      reason: string;
      /** The new deadline, ISO time. */
      deadline: string;
    })
  | (Base & {
      topic: 'bulletin.issued';
      itemId?: string;
      unitIds: string[];
      /** The bulletin's heading as issued, e.g. 市级通报批评（商督通〔2026〕2号）：… */
      heading: { zh: string; en: string };
    });

export type DomainTopic = DomainEvent['topic'];

/** The event of one topic, e.g. `EventOf<'report.signed'>`. */
export type EventOf<T extends DomainTopic> = Extract<DomainEvent, { topic: T }>;

export interface DomainEventJob {
  outboxId: string;
  tenantId: string;
  event: DomainEvent;
}
