// The jobs folder's door: Redis, the BullMQ queues and their types.
export * from './redis.module';
export * from './queue.module';
export * from './typed-queue';
export * from './logged-worker-host';
