export * from './report.dto';
export * from './report.entity';
export * from './report.repository';
export * from './report.queries';
export * from './report.service';
export * from './report.resolver';
export * from './report.module';
