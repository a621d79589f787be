import { Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OrgAdminService } from './org-admin.service';
import { OrgImportResolver } from './org-import.resolver';
import { OrgResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  providers: [OrgService, AuditService, OrgAdminService, OrgResolver, OrgImportResolver],
  exports: [OrgService],
})
export class OrgModule {}
