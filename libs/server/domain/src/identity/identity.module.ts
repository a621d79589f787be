import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, LoginThrottle, UserRateLimit } from '@duban/platform';
import { OrgModule } from '../org';
import { AccessTokenResolver } from './access-token.resolver';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { HttpCaller } from './http-caller';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { RequestSignIn } from './request-sign-in';
import { UserAdminService } from './user-admin.service';
import { AuditModule } from '../audit';
import { CONFIG } from '../config.token';
import { REDIS } from '../jobs';

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
    {
      provide: LoginThrottle,
      inject: [REDIS, CONFIG],
      useFactory: (redis: unknown, config: AppConfig) =>
        new LoginThrottle(redis, {
          prefix: config.REDIS_PREFIX,
          maxFailures: config.LOGIN_MAX_FAILURES,
          lockMinutes: config.LOGIN_LOCK_MINUTES,
          maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
          addressWindowMinutes: config.LOGIN_ADDRESS_WINDOW_MINUTES,
        }),
    },
    {
      provide: UserRateLimit,
      inject: [CONFIG],
      useFactory: (config: AppConfig) => new UserRateLimit(config.API_RATE_LIMIT_PER_MINUTE),
    },
    AccessTokenService,
    AccessTokenResolver,
    AuthService,
    HttpCaller,
    IdentityService,
    RequestSignIn,
    UserAdminService,
    IdentityResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, HttpCaller, IdentityService, RequestSignIn],
})
export class IdentityModule {}
