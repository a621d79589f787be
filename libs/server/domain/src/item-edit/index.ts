export * from './item-edit.service';
export * from './item-edit.resolver';
export * from './item-edit.module';
