// Order matters: the write side is complete before the resolvers pull in the item and assignment
// rooms, which import RollupService from here.
export * from './rollup-columns';
export * from './rollup.service';
export * from './rollup-core.module';
export * from './rollup-check';
export * from './rollup.view';
export * from './rollup-override.service';
export * from './rollup.queries';
export * from './rollup.resolver';
export * from './rollup.module';
