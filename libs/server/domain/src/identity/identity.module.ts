import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@duban/platform';
import { OrgModule } from '../org';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { UserAdminService } from './user-admin.service';
import { AuditModule } from '../audit';
import { CONFIG } from '../config.token';

@Module({
  imports: [
    OrgModule,
    AuditModule,
    JwtModule.registerAsync({
      inject: [CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.JWT_TTL as `${number}h` },
      }),
    }),
  ],
  providers: [
    AuthService,
    IdentityService,
    UserAdminService,
    IdentityResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, IdentityService],
})
export class IdentityModule {}
