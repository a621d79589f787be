export * from './milestone.views';
export * from './milestone.service';
export * from './milestone.resolver';
export * from './milestone.module';
