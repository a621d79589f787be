// Decorators below need the Reflect metadata API before any class is defined.
import 'reflect-metadata';
export * from './config/config';
export * from './errors/app-error';
export * from './database/data-source';
export * from './database/tenant-session';
export * from './context/request-context';
export * from './auth/decorators';
export * from './queue/redis';
export * from './graphql/pagination';
export * from './graphql/request-plugin';
export * from './graphql/mutation-atomic.interceptor';
export * from './graphql/app-error.filter';
export * from './graphql/query-limits.plugin';
export * from './graphql/input-guard.plugin';
export * from './graphql/introspection.plugin';
