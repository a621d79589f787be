import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { IdentityModule } from '../identity';
import { OrgModule } from '../org';
import { SigningQueries } from './signing.queries';
import { SigningResolver, UserSigningResolver } from './signing.resolver';
import { SigningService } from './signing.service';

/** 委托签字: its own aggregate; the report room asks it who may sign for whom today. */
@Module({
  imports: [AuditModule, IdentityModule, OrgModule],
  providers: [SigningService, SigningQueries, SigningResolver, UserSigningResolver],
  exports: [SigningService, SigningQueries],
})
export class SigningModule {}
