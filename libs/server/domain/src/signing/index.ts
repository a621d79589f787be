export * from './signing-delegation.entity';
export * from './signing.repository';
export * from './signing.service';
export * from './signing.queries';
export * from './signing.resolver';
export * from './signing.module';
