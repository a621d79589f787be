// The outbox feature's door: other folders import from '../outbox', never from its files.
export * from './outbox.service';
export * from './outbox.module';
