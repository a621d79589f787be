export * from './db';
export * from './api';
