import { Processor } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { OrgImportResult, QUEUES } from '@duban/contracts';
import { withSession } from '@duban/platform';
import { JobOf, LoggedWorkerHost } from '../jobs';
import { importRegion } from './import';

/** Re-syncs a tenant's tree inside the requesting admin's scope (RLS still applies). */
@Processor(QUEUES.orgImport)
export class OrgImportProcessor extends LoggedWorkerHost {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async process(job: JobOf<typeof QUEUES.orgImport, OrgImportResult>): Promise<OrgImportResult> {
    const { actor, region } = job.data;
    const result = await withSession(
      this.dataSource,
      { tenantId: actor.tenantId, path: actor.unitPath },
      (session) => importRegion(session, region, (p) => void job.updateProgress(p)),
    );
    this.logger.log(
      `org import ${region}: +${result.inserted} ~${result.updated} of ${result.total} in ${result.ms} ms`,
    );
    return result;
  }
}
