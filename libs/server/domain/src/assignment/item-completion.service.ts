import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ItemAction, itemCompletionMove } from '@duban/rules';
import { Actor } from '@duban/platform';
import { itemRepository, ItemService } from '../item';
import { assignmentRepository } from './assignment.repository';

/**
 * Keeps an item's state in line with its top-level assignments: 待反馈 once none holds it open (every
 * applicable one done; 不适用 units excluded), back to 督办中 when one holds it open again. Every write
 * that can change that for a top-level assignment calls `sync` in its transaction: acceptance of a
 * report, 不适用 and its removal, withdrawal.
 */
@Injectable()
export class ItemCompletion {
  constructor(private readonly items: ItemService) {}

  /**
   * Call after writing assignment `a`; only a top-level one can move the item. Locks the item first,
   * then counts: two last assignments closed at once serialise here, so the second one always sees
   * the first and completes the item. Returns the move made, if any (a move the item's state machine
   * refuses — reopening a concluded item — throws CONFLICT and the whole write rolls back).
   */
  async sync(
    em: EntityManager,
    actor: Actor,
    a: { itemId: string; parentId: string | null },
  ): Promise<ItemAction | null> {
    if (a.parentId) return null;
    const itemId = String(a.itemId);
    await itemRepository.lock(em, itemId);
    const item = await this.items.get(em, itemId);
    const move = itemCompletionMove(item.status, await assignmentRepository.topLevelHoldingOpen(em, itemId));
    if (!move) return null;
    await this.items.transition(em, actor, item, move, {
      event: move === ItemAction.REOPEN ? 'item.reopened' : 'item.all_done',
    });
    return move;
  }
}
