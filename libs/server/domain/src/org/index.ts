// The org feature's door: other folders import from '../org', never from its files.
export * from './org-unit.entity';
export * from './org-scope.repository';
export * from './org.service';
export * from './org.module';
export * from './org-import-worker.module';
export * from './import';
