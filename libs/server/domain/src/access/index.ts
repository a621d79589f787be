export * from './access.policy';
export * from './operations.graphql';
