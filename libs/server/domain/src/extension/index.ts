export * from './extension.view';
export * from './extension.repository';
export * from './extension.service';
export * from './extension.resolver';
export * from './extension.module';
