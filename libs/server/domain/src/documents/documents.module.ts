import { Module } from '@nestjs/common';
import { AppConfig } from '@duban/platform';
import { AssessmentModule } from '../assessment';
import { AssignmentModule } from '../assignment';
import { AuditModule } from '../audit';
import { CONFIG } from '../config.token';
import { IdentityModule } from '../identity';
import { REDIS } from '../jobs';
import { DocumentSources } from './document-sources';
import {
  BulletinDocumentsResolver,
  DocumentsResolver,
  ItemDocumentsResolver,
  ReportDocumentsResolver,
  UrgeDocumentsResolver,
} from './documents.resolver';
import { DocumentsService } from './documents.service';
import { VerifyThrottle } from './verify-throttle';

/** 打印文书: official forms as PDF and Word, each issued with a verification code; the public 核验. */
@Module({
  imports: [AssessmentModule, AssignmentModule, AuditModule, IdentityModule],
  providers: [
    DocumentSources,
    DocumentsService,
    DocumentsResolver,
    ItemDocumentsResolver,
    UrgeDocumentsResolver,
    ReportDocumentsResolver,
    BulletinDocumentsResolver,
    {
      provide: VerifyThrottle,
      inject: [REDIS, CONFIG],
      useFactory: (redis: unknown, config: AppConfig) =>
        new VerifyThrottle(redis, config.REDIS_PREFIX, config.VERIFY_RATE_LIMIT_PER_MINUTE),
    },
  ],
})
export class DocumentsModule {}
