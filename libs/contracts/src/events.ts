/**
 * Domain events written to the outbox inside the transaction that caused them, then relayed to
 * the `domain-events` queue with jobId = outbox id (so a replay never duplicates a job).
 */
export interface Audience {
  unitId: string;
  /** Roles at that unit who should hear about it. */
  roles: string[];
}

export interface DomainEvent {
  topic:
    | 'item.assigned'
    | 'assignment.delegated'
    | 'report.submitted'
    | 'report.signed'
    | 'report.signature_refused'
    | 'report.accepted'
    | 'report.returned'
    | 'extension.requested'
    | 'extension.decided'
    | 'assignment.urged'
    | 'assignment.escalated'
    | 'item.feedback'
    | 'bulletin.issued';
  itemId?: string;
  assignmentId?: string;
  audience: Audience[];
  /** A cascade's new assignments (ids min..max of this item): their units' liaisons hear about it. */
  assignmentRange?: { min: string; max: string };
  title: { zh: string; en: string };
  actorId?: string | null;
  /** Deliver no earlier than this (quiet hours); ISO time. */
  deliverAfter?: string;
}

export interface DomainEventJob {
  outboxId: string;
  tenantId: string;
  event: DomainEvent;
}
