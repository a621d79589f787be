// The audit feature's door: other folders import from '../audit', never from its files.
export * from './audit-chain';
export * from './audit-verify';
export * from './audit.service';
export * from './audit-event.view';
export * from './audit-chain.view';
export * from './audit.queries';
export * from './audit.module';
