import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ActingSigner,
  chinaToday,
  delegateRefusal,
  delegationActive,
  delegationOverlapRefusal,
  delegationPeriodRefusal,
  revocationRefusal,
  Role,
} from '@duban/rules';
import { Actor, badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { requireDelegateSigning, requireRevokeDelegation } from '../access';
import { AuditService } from '../audit';
import { IdentityService } from '../identity';
import { DelegationRow, signingRepository } from './signing.repository';
import { isId } from '../shared';

export const SIGNING_DELEGATION = { zh: '委托签字', en: 'Signing delegation' };

const optional = (s: string | null | undefined) => s?.trim() || null;

/**
 * 委托签字: a head names an acting signer of the same unit for a period, and may revoke it. Both are
 * audited on the delegation's own chain. The signature itself stays with the report room, which asks
 * here which delegations the signer holds today.
 */
@Injectable()
export class SigningService {
  constructor(
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
  ) {}

  async delegate(
    ctx: RequestContext,
    input: { delegateId: string; validFrom: string; validTo: string; reason?: string | null },
  ): Promise<DelegationRow> {
    const actor = ctx.requireActor();
    requireDelegateSigning(actor);
    const em = await ctx.db.manager();
    const now = new Date();
    const period = delegationPeriodRefusal(input, now);
    if (period) throw badInput(period.text, period.field);
    const validFrom = input.validFrom.trim();
    const validTo = input.validTo.trim();
    const user = isId(String(input.delegateId))
      ? await this.identity.byId(ctx).load(String(input.delegateId))
      : null;
    // Not found, not visible, another unit, inactive, or the head: the same refusal names the field.
    const who = delegateRefusal(
      { userId: String(actor.userId), unitId: String(actor.orgUnitId) },
      user ? { userId: String(user.id), unitId: String(user.orgUnitId), active: user.active } : null,
    );
    if (who) throw badInput(who.text, who.field);
    if (!user) throw notFound({ zh: '用户', en: 'User' }, input.delegateId);
    // One acting signer at a time per head: the overlap check and the insert are serialised.
    await signingRepository.lockHead(em, actor.userId);
    const clash = delegationOverlapRefusal(
      { validFrom, validTo },
      await signingRepository.pendingOfHead(em, actor.userId, chinaToday(now)),
      now,
    );
    if (clash) throw conflict(clash);
    const reason = optional(input.reason);
    const id = await signingRepository.insert(em, {
      tenantId: actor.tenantId,
      unitId: actor.orgUnitId,
      unitPath: actor.unitPath,
      headId: actor.userId,
      delegateId: String(user.id),
      validFrom,
      validTo,
      reason,
    });
    await this.audit.append(em, actor, {
      chainKey: `signing_delegation:${id}`,
      unitPath: actor.unitPath,
      action: 'signing.delegated',
      after: { delegateId: String(user.id), validFrom, validTo, reason },
      text: `委托${user.displayName}代为签字：${validFrom}至${validTo}${reason ? `（${reason}）` : ''}`,
    });
    return this.get(em, id);
  }

  async revoke(ctx: RequestContext, id: string, reason?: string | null): Promise<DelegationRow> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const d = await signingRepository.find(em, id, { lock: true });
    if (!d) throw notFound(SIGNING_DELEGATION, id);
    requireRevokeDelegation(actor, d);
    const refusal = revocationRefusal(d, new Date());
    if (refusal) throw conflict(refusal);
    const text = optional(reason);
    await signingRepository.revoke(em, d.id, actor.userId, text);
    await this.audit.append(em, actor, {
      chainKey: `signing_delegation:${d.id}`,
      unitPath: d.unitPath,
      action: 'signing.revoked',
      before: { validFrom: d.validFrom, validTo: d.validTo },
      after: { revoked: true, reason: text },
      text: `撤销委托签字${text ? `：${text}` : ''}`,
    });
    return this.get(em, d.id);
  }

  /**
   * The delegations the actor may sign under today, read inside the signing transaction and
   * share-locked: a revocation waits for the signature, and one committed before finds nothing here.
   * A head signs as the head: nothing to look up.
   */
  async inForceFor(em: EntityManager, actor: Actor, now = new Date()): Promise<ActingSigner[]> {
    if (actor.roles.includes(Role.HEAD)) return [];
    const rows = await signingRepository.inForce(em, [actor.userId], chinaToday(now), { lock: true });
    return rows
      .filter((d) => delegationActive(d, now))
      .map((d) => ({ delegationId: String(d.delegationId), unitId: d.unitId, headId: d.headId }));
  }

  private async get(em: EntityManager, id: string): Promise<DelegationRow> {
    const row = await signingRepository.find(em, id);
    if (!row) throw notFound(SIGNING_DELEGATION, id);
    return row;
  }
}
