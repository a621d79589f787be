// The 工作台's door: a read model above the supervision rooms and the notifications.
export * from './workbench.dto';
export * from './workbench.repository';
export * from './workbench.service';
export * from './workbench.resolver';
export * from './workbench.module';
