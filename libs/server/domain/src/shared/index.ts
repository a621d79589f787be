export * from './text';
export * from './sql';
export * from './attachment.dto';
export * from './light.enum';
export * from './queues.sql';
export * from './batch';
export * from './recent-reads';
