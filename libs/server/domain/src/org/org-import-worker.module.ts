import { Module } from '@nestjs/common';
import { OrgImportProcessor } from './org-import.processor';

/** What the worker needs for org imports: only the processor (no resolvers). */
@Module({ providers: [OrgImportProcessor] })
export class OrgImportWorkerModule {}
