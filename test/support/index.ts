export * from './db';
export * from './api';
export * from './chain';
