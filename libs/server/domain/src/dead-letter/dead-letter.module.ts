import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { DeadLetterResolver } from './dead-letter.resolver';
import { DeadLetterService } from './dead-letter.service';

/** API side: the failed jobs of every queue for a tenant's administrator. */
@Module({ imports: [AuditModule], providers: [DeadLetterService, DeadLetterResolver] })
export class DeadLetterModule {}
