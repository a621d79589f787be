import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { EvidenceModule } from '../evidence';
import { OrgModule } from '../org';
import { OutboxModule } from '../outbox';
import { ItemArchiveResolver } from './item-archive.resolver';
import { ItemArchiveService } from './item-archive.service';
import { ItemQueries } from './item.queries';
import { ItemResolver } from './item.resolver';
import { ItemService } from './item.service';
import { OfficePrefixResolver } from './office-prefix.resolver';

@Module({
  imports: [AuditModule, OutboxModule, OrgModule, EvidenceModule],
  providers: [
    ItemService,
    ItemQueries,
    ItemResolver,
    OfficePrefixResolver,
    ItemArchiveService,
    ItemArchiveResolver,
  ],
  exports: [ItemService, ItemQueries],
})
export class ItemModule {}
