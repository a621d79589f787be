export * from './urge-notice.view';
export * from './urge-notice.repository';
export * from './urge.service';
export * from './urge.resolver';
export * from './urge.module';
