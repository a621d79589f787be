import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** 全流程留痕: one audit service for every module that records what it changed. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
