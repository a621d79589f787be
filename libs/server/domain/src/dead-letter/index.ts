// The dead-letter room's door (失败任务).
export * from './failed-job.view';
export * from './dead-letter.service';
export * from './dead-letter.module';
