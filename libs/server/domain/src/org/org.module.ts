import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { OrgAdminService } from './org-admin.service';
import { OrgImportResolver } from './org-import.resolver';
import { OrgResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  imports: [AuditModule],
  providers: [OrgService, OrgAdminService, OrgResolver, OrgImportResolver],
  exports: [OrgService],
})
export class OrgModule {}
