export * from './cockpit.views';
export * from './cockpit.repository';
export * from './cockpit.resolver';
export * from './cockpit.module';
