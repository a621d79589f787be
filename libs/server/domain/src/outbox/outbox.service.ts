import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent } from '@duban/contracts';

/**
 * Transactional outbox: events commit or roll back with the change; the relay publishes them once
 * due (`deliverAfter`, quiet hours) and again until a consumer confirms delivery.
 */
@Injectable()
export class OutboxService {
  async emit(em: EntityManager, tenantId: string, unitPath: string, event: DomainEvent): Promise<void> {
    await em.query(
      `INSERT INTO outbox (tenant_id, unit_path, topic, payload, due_at)
       VALUES ($1, $2::ltree, $3, $4, coalesce($5::timestamptz, now()))`,
      [tenantId, unitPath, event.topic, JSON.stringify(event), event.deliverAfter ?? null],
    );
  }
}
