import { Module } from '@nestjs/common';
import {
  CoreModule,
  DeadlineWorkerModule,
  NotificationWorkerModule,
  OrgImportWorkerModule,
  QueueModule,
  SpreadsheetWorkerModule,
} from '@duban/domain';

/** The worker boots only what jobs need: config, database, queues and processors. */
@Module({
  imports: [
    CoreModule,
    // Jobs wait out a Redis outage; only the API's requests fail fast.
    QueueModule.forRoot({ failFast: false }),
    OrgImportWorkerModule,
    DeadlineWorkerModule,
    NotificationWorkerModule,
    SpreadsheetWorkerModule,
  ],
})
export class WorkerModule {}
