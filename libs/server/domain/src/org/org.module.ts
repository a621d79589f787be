import { Module } from '@nestjs/common';
import { OrgImportResolver } from './org-import.resolver';
import { OrgResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({ providers: [OrgService, OrgResolver, OrgImportResolver], exports: [OrgService] })
export class OrgModule {}
