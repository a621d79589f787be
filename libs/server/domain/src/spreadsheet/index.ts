// The spreadsheet room's door: 台账 export and 年度目标任务 import as worker jobs.
export * from './spreadsheet-job.entity';
export * from './spreadsheet.dto';
export * from './spreadsheet-files';
export * from './spreadsheet.module';
export * from './spreadsheet-worker.module';
export * from './spreadsheet.processor';
