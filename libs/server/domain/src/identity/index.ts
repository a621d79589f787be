// The identity feature's door: other folders import from '../identity', never from its files.
export * from './role';
export * from './user.entity';
export * from './access-token.entity';
export * from './auth.service';
export * from './http-caller';
export * from './request-sign-in';
export * from './identity.service';
export * from './demo-users';
export * from './identity.module';
