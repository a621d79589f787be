import { Module } from '@nestjs/common';
import { AssignmentModule } from '../assignment';
import { AuditModule } from '../audit';
import { ItemModule } from '../item';
import { OutboxModule } from '../outbox';
import { ItemEditResolver } from './item-edit.resolver';
import { ItemEditService } from './item-edit.service';

/** 编辑 of an item: its own fields (item room) and its units (assignment room) in one transaction. */
@Module({
  imports: [ItemModule, AssignmentModule, AuditModule, OutboxModule],
  providers: [ItemEditService, ItemEditResolver],
})
export class ItemEditModule {}
