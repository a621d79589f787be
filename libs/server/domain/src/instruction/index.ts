export * from './instruction.entity';
export * from './instruction.repository';
export * from './instruction.queries';
export * from './instruction.service';
export * from './instruction.resolver';
export * from './instruction.module';
