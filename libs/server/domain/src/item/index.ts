export * from './supervision-item.entity';
export * from './item.dto';
export * from './item.repository';
export * from './item.queries';
export * from './item.service';
export * from './item-archive.service';
export * from './item.resolver';
export * from './item.module';
