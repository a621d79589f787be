import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { AttachmentResolver } from './attachment.resolver';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

/** 佐证材料: uploads, attaching, signed links and the download route. */
@Module({
  imports: [IdentityModule],
  controllers: [EvidenceController],
  providers: [EvidenceService, AttachmentResolver],
  exports: [EvidenceService],
})
export class EvidenceModule {}
