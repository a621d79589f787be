// The notification feature's door: other folders import from '../notification', never from its files.
export * from './notification.entity';
export * from './notification.channel';
export * from './notification-wording';
export * from './notification.service';
export * from './notification-delivery.service';
export * from './notification.processor';
export * from './outbox-relay.service';
export * from './notification.hub';
export * from './notification.subscriptions';
export * from './notification.module';
export * from './notification-worker.module';
