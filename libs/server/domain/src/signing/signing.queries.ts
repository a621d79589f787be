import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ActingSigner, chinaToday, delegationActive, Role } from '@duban/rules';
import { RequestContext } from '@duban/platform';
import { DelegationRow, signingRepository } from './signing.repository';

/** Read side of 委托签字; every query scoped by RLS to the caller's subtree. */
@Injectable()
export class SigningQueries {
  /**
   * The caller's 委托签字 in force today, for the access rules (`Viewer.actingFor`): one statement per
   * request, whatever number of reports asks. A head signs as the head and loads nothing.
   */
  async actingFor(ctx: RequestContext): Promise<ActingSigner[]> {
    const actor = ctx.requireActor();
    if (actor.roles.includes(Role.HEAD)) return [];
    return this.inForce(ctx).load(String(actor.userId));
  }

  /** Whether `userId` signs for a head today (the admin shows such a user the 待签字 queue). */
  async signsToday(ctx: RequestContext, userId: string): Promise<boolean> {
    return (await this.inForce(ctx).load(String(userId))).length > 0;
  }

  private inForce(ctx: RequestContext) {
    return ctx.loader(
      'signing.inForce',
      () =>
        new DataLoader<string, ActingSigner[]>(async (userIds) => {
          const now = new Date();
          const rows = await signingRepository.inForce(ctx.db, userIds, chinaToday(now));
          return userIds.map((u) =>
            rows
              .filter((d) => String(d.delegateId) === String(u) && delegationActive(d, now))
              .map((d) => ({ delegationId: String(d.delegationId), unitId: d.unitId, headId: d.headId })),
          );
        }),
    );
  }

  /** The caller's unit's delegations, newest first. */
  ofMyUnit(ctx: RequestContext): Promise<DelegationRow[]> {
    return signingRepository.ofUnit(ctx.db, ctx.requireActor().orgUnitId, 50);
  }

  byId(ctx: RequestContext) {
    return ctx.loader(
      'signing.byId',
      () =>
        new DataLoader<string, DelegationRow | null>(async (ids) => {
          const rows = await signingRepository.byIds(ctx.db, ids);
          const m = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => m.get(String(id)) ?? null);
        }),
    );
  }
}
