export * from './reopen.service';
export * from './reopen.resolver';
export * from './reopen.module';
