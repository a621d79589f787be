import { Module } from '@nestjs/common';
import { AuditQueries } from './audit.queries';
import { AuditService } from './audit.service';

/** 全流程留痕: one audit service for every module that records what it changed, and its timeline. */
@Module({ providers: [AuditService, AuditQueries], exports: [AuditService, AuditQueries] })
export class AuditModule {}
