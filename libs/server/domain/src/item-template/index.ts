// The templates room's door: other folders import from '../item-template', never from its files.
export * from './item-template.dto';
export * from './item-template.view';
export * from './item-template.repository';
export * from './item-template.service';
export * from './item-template-sweep.service';
export * from './item-template.resolver';
export * from './item-template.module';
