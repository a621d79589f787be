export * from './escalation.view';
export * from './escalation.repository';
export * from './escalation.service';
export * from './escalation.resolver';
export * from './escalation.module';
