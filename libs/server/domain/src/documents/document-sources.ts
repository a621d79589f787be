import { Injectable } from '@nestjs/common';
import {
  AssignmentStatus,
  BulletinLevel,
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  DocumentSubjectFacts,
} from '@duban/rules';
import { notFound, RequestContext } from '@duban/platform';
import { AssessmentQueries } from '../assessment';
import { assignmentRepository, AssignmentQueries } from '../assignment';
import { IdentityService } from '../identity';
import { instructionRepository } from '../instruction';
import { itemRepository, SupervisionItemEntity } from '../item';
import { orgScope } from '../org';
import { reportRepository } from '../report';
import { Sql } from '../shared';
import { urgeNoticeRepository } from '../urge';
import { FormDocument } from './form';
import {
  bulletinForm,
  FormFrame,
  instructionFeedbackForm,
  ItemFacts,
  registrationForm,
  reportForm,
  urgeNoticeForm,
} from './form-content';

/** A record turned into what issuing its form needs: who may print it, what the page shows, the form. */
export interface DocumentSource {
  facts: DocumentSubjectFacts;
  /** 发文机关 as printed. */
  office: string;
  docNumber: string | null;
  /** The record's title as printed (kept with the issued file for the verification page). */
  title: string;
  itemId: string | null;
  assignmentId: string | null;
  build(frame: Omit<FormFrame, 'office'>): FormDocument;
}

/** The 督查室 of a unit, as a 版头 names it. */
const supervisionOffice = (unit: string) => `${unit}督查室`;
const NOT_FOUND_SUBJECT = {
  [DocumentKind.ITEM_REGISTRATION]: { zh: '督查事项', en: 'Supervision item' },
  [DocumentKind.INSTRUCTION_FEEDBACK]: { zh: '督查事项', en: 'Supervision item' },
  [DocumentKind.URGE_NOTICE]: { zh: '催办通知', en: 'Urge notice' },
  [DocumentKind.REPORT]: { zh: '办理情况报告', en: 'Report' },
  [DocumentKind.BULLETIN]: { zh: '督查通报', en: 'Bulletin' },
} satisfies Record<DocumentKind, { zh: string; en: string }>;

/**
 * Reads a form's record through the caller's scope (row-level security underneath): a record the
 * caller cannot see is NOT_FOUND, exactly as reading it anywhere else would be.
 */
@Injectable()
export class DocumentSources {
  constructor(
    private readonly assessment: AssessmentQueries,
    private readonly assignments: AssignmentQueries,
    private readonly identity: IdentityService,
  ) {}

  async load(ctx: RequestContext, db: Sql, kind: DocumentKind, id: string): Promise<DocumentSource> {
    const source = await this.read(ctx, db, kind, id);
    if (!source) throw notFound(NOT_FOUND_SUBJECT[kind], id);
    return source;
  }

  private read(ctx: RequestContext, db: Sql, kind: DocumentKind, id: string) {
    switch (kind) {
      case DocumentKind.ITEM_REGISTRATION:
      case DocumentKind.INSTRUCTION_FEEDBACK:
        return this.item(ctx, db, kind, id);
      case DocumentKind.URGE_NOTICE:
        return this.urge(ctx, db, id);
      case DocumentKind.REPORT:
        return this.report(ctx, db, id);
      case DocumentKind.BULLETIN:
        return this.bulletin(ctx, db, id);
    }
  }

  private async item(
    ctx: RequestContext,
    db: Sql,
    kind: DocumentKind,
    id: string,
  ): Promise<DocumentSource | null> {
    const item = await itemRepository.find(db, id);
    if (!item) return null;
    const facts = await this.itemFacts(ctx, db, item);
    const office = supervisionOffice(facts.issuer);
    const feedback = kind === DocumentKind.INSTRUCTION_FEEDBACK;
    return {
      facts: { path: item.issuerPath, ready: feedback ? !!item.feedback : !!item.regNumber },
      office,
      docNumber: item.regNumber,
      title: item.title,
      itemId: String(item.id),
      assignmentId: null,
      build: (f) => (feedback ? instructionFeedbackForm : registrationForm)(facts, { ...f, office }),
    };
  }

  private async itemFacts(
    ctx: RequestContext,
    db: Sql,
    item: SupervisionItemEntity,
  ): Promise<ItemFacts & { issuer: string }> {
    const top = await assignmentRepository.level(
      db,
      { itemId: String(item.id), scopePath: ctx.requireActor().unitPath, parentId: null, status: null },
      200,
      null,
    );
    const live = top.rows.filter((a) => a.status !== AssignmentStatus.WITHDRAWN);
    const names = await orgScope.names(db, [
      String(item.issuerUnitId),
      ...(item.leadUnitId ? [String(item.leadUnitId)] : []),
      ...item.coUnitIds.map(String),
      ...live.map((a) => String(a.unitId)),
    ]);
    const name = (unitId: string) => names.get(String(unitId)) ?? '';
    // What the caller's scope shows of them: a report's 批示 only along that report's chain.
    const notes = await instructionRepository.linesOfItem(db, String(item.id));
    return {
      ...item,
      leaderNotes: notes.map((n) => ({
        kind: n.kind,
        target: n.target,
        leader: n.leaderName,
        leaderUnit: n.leaderUnitName,
        reportUnit: n.reportUnitName,
        text: n.text,
        at: new Date(n.createdAt),
      })),
      deadline: new Date(item.deadline),
      createdAt: new Date(item.createdAt),
      updatedAt: new Date(item.updatedAt),
      issuer: name(item.issuerUnitId),
      leadUnit: item.leadUnitId ? name(item.leadUnitId) : null,
      coUnits: item.coUnitIds.map(name).filter(Boolean),
      assignments: live.map((a) => ({
        unit: name(a.unitId),
        deadline: new Date(a.deadline),
        status: a.status,
      })),
    };
  }

  private async urge(ctx: RequestContext, db: Sql, id: string): Promise<DocumentSource | null> {
    const notice = await urgeNoticeRepository.find(db, id);
    if (!notice) return null;
    const a = await this.assignments.assignmentById(ctx).load(notice.assignmentId);
    const item = a ? await itemRepository.find(db, String(a.itemId)) : null;
    if (!a || !item) return null;
    const names = await orgScope.names(db, [notice.officeUnitId, String(a.unitId)]);
    const office = supervisionOffice(names.get(notice.officeUnitId) ?? '');
    return {
      facts: { path: notice.unitPath, ready: true },
      office,
      docNumber: notice.number,
      title: item.title,
      itemId: String(item.id),
      assignmentId: String(a.id),
      build: (f) =>
        urgeNoticeForm(
          {
            ...notice,
            createdAt: new Date(notice.createdAt),
            unit: names.get(String(a.unitId)) ?? '',
            deadline: new Date(a.deadline),
            item: { title: item.title, regNumber: item.regNumber },
          },
          { ...f, office },
        ),
    };
  }

  private async report(ctx: RequestContext, db: Sql, id: string): Promise<DocumentSource | null> {
    const [r] = await reportRepository.byIds(db, [id]);
    if (!r) return null;
    const a = await this.assignments.assignmentById(ctx).load(String(r.assignmentId));
    const item = await itemRepository.find(db, String(r.itemId));
    if (!a || !item) return null;
    // One after another: they share the transaction's connection.
    const names = await orgScope.names(db, [String(a.unitId)]);
    const signer = r.signedBy ? await this.identity.byId(ctx).load(String(r.signedBy)) : null;
    const head = r.signedForId ? await this.identity.byId(ctx).load(String(r.signedForId)) : null;
    const citations = await reportRepository.citationsOf(db, [String(r.id)]);
    const office = names.get(String(a.unitId)) ?? '';
    return {
      facts: { path: r.unitPath, ready: !!(r.hash && r.signedAt && r.signedBy) },
      office,
      docNumber: item.regNumber,
      title: item.title,
      itemId: String(item.id),
      assignmentId: String(a.id),
      build: (f) =>
        reportForm(
          {
            unit: office,
            version: r.version,
            content: r.content,
            achieved: r.achieved,
            progressPercent: r.progressPercent,
            signer: signer?.displayName ?? '',
            signedFor: r.signedForId ? (head?.displayName ?? '') : null,
            signedAt: new Date(r.signedAt!),
            hash: r.hash!,
            attachments: r.attachments.map((x) => ({ name: x.name, size: x.size, sha256: x.sha256 ?? null })),
            citations: citations.map((c) => ({
              unit: c.unitName,
              signer: c.signerName,
              hash: c.hash,
              achieved: c.achieved,
            })),
            item: {
              title: item.title,
              regNumber: item.regNumber,
              target: item.target,
              targetUnit: item.targetUnit,
            },
            target: a.target ?? null,
          },
          { ...f, office },
        ),
    };
  }

  private async bulletin(ctx: RequestContext, db: Sql, id: string): Promise<DocumentSource | null> {
    const b = await this.assessment.bulletin(ctx, id);
    if (!b) return null;
    const targets = await this.assessment.targetsOf(ctx).load(String(b.id));
    const item = b.itemId ? await itemRepository.find(db, String(b.itemId)) : null;
    const names = await orgScope.names(db, [String(b.issuerUnitId), ...targets.map((t) => String(t.unitId))]);
    const issuer = names.get(String(b.issuerUnitId)) ?? '';
    const office = b.level === BulletinLevel.COMMITTEE ? `${issuer}督查委员会` : supervisionOffice(issuer);
    return {
      facts: { path: b.issuerPath, ready: true },
      office,
      docNumber: b.number,
      title: b.title,
      itemId: b.itemId ? String(b.itemId) : null,
      assignmentId: null,
      build: (f) =>
        bulletinForm(
          {
            ...b,
            createdAt: new Date(b.createdAt),
            targets: targets.map((t) => names.get(String(t.unitId)) ?? '').filter(Boolean),
            item: item ? { title: item.title, regNumber: item.regNumber } : null,
          },
          { ...f, office },
        ),
    };
  }
}

/**
 * The file name offered for download: the form's title and number, safe on every file system (stored
 * text never holds control characters: the input guard refuses them).
 */
export function documentFileName(kind: DocumentKind, docNumber: string | null, extension: string): string {
  const base = [DOCUMENT_KIND_LABELS[kind].zh, docNumber].filter(Boolean).join('_');
  return `${base.replace(/[\\/:*?"<>|]/g, '_')}.${extension}`;
}
