import { Processor } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '@duban/contracts';
import { Bilingual } from '@duban/rules';
import { Actor, AppError, Scope, withSession } from '@duban/platform';
import { requireTargetImportAccess } from '../access';
import { actorOfUser } from '../identity';
import { SupervisionItemFilter } from '../item';
import { JobOf, LoggedWorkerHost } from '../jobs';
import { LedgerExport } from './ledger-export';
import { spreadsheetJobRepository as jobs, SpreadsheetJobRow } from './spreadsheet-job.repository';
import { SpreadsheetJobKind } from './spreadsheet-job.entity';
import { SheetRejected, TargetImport } from './target-import';

/** Progress goes to the row (and to BullMQ) at most this often, in rows. */
const PROGRESS_EVERY = 200;

const INTERNAL: Bilingual = {
  zh: '处理失败，请稍后重试；如仍失败请联系管理员',
  en: 'The job failed; try again later, and tell an administrator if it keeps failing',
};

/**
 * Runs 台账 exports and 年度目标任务 imports. The job row says what to do; the actor is re-read (a
 * user deactivated or stripped of the role meanwhile is refused) and every read and write runs in a
 * session scoped exactly like the requester's. Bad input fails the job with its reasons and is not
 * retried; anything else is retried by BullMQ, and the job starts afresh (an import wrote nothing,
 * an export replaces its file).
 */
@Processor(QUEUES.spreadsheets)
export class SpreadsheetProcessor extends LoggedWorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerExport,
    private readonly targets: TargetImport,
  ) {
    super();
  }

  async process(job: JobOf<typeof QUEUES.spreadsheets>): Promise<void> {
    const { actor: requester, jobId } = job.data;
    const scope: Scope = { tenantId: requester.tenantId, path: requester.unitPath };
    const row = await withSession(this.dataSource, scope, (s) => jobs.start(s, jobId));
    if (!row) return; // finished by an earlier attempt
    let lastReported = -1;
    const progress = async (done: number, total: number) => {
      if (done !== total && done - lastReported < PROGRESS_EVERY) return;
      lastReported = done;
      await job.updateProgress({ done, total });
      await withSession(this.dataSource, scope, (s) => jobs.progress(s, jobId, done, total));
    };
    try {
      const actor = await actorOfUser(this.dataSource, requester.userId);
      if (actor.tenantId !== requester.tenantId || actor.unitPath !== requester.unitPath)
        throw new AppError('FORBIDDEN', {
          zh: '您的所属单位已变更，请重新发起',
          en: 'Your unit has changed since you started this; start it again',
        });
      if (row.kind === SpreadsheetJobKind.LEDGER_EXPORT) await this.export(row, actor, progress);
      else await this.import(row, actor, progress);
    } catch (err) {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const known = err instanceof SheetRejected || err instanceof AppError;
      if (!known && !last) throw err;
      if (!known)
        this.logger.error(`spreadsheet job ${jobId} failed: ${(err as Error).stack ?? String(err)}`);
      await withSession(this.dataSource, scope, (s) =>
        err instanceof SheetRejected
          ? jobs.fail(s, jobId, rejected(err.issues.length), err.issues)
          : jobs.fail(s, jobId, err instanceof AppError ? err.text : INTERNAL),
      );
    }
  }

  private async export(
    row: SpreadsheetJobRow,
    actor: Actor,
    progress: (d: number, t: number) => Promise<void>,
  ) {
    const filter = (row.parameters.filter ?? {}) as SupervisionItemFilter;
    const scope = { tenantId: actor.tenantId, path: actor.unitPath };
    const result = await withSession(this.dataSource, scope, (s) =>
      this.ledger.run(s, actor, { id: row.id, createdAt: new Date(row.createdAt), filter }, progress),
    );
    await withSession(this.dataSource, scope, (s) =>
      jobs.succeed(s, row.id, {
        done: result.total,
        total: result.total,
        resultKey: result.key,
        resultName: result.name,
      }),
    );
  }

  private async import(
    row: SpreadsheetJobRow,
    actor: Actor,
    progress: (d: number, t: number) => Promise<void>,
  ) {
    requireTargetImportAccess(actor);
    const scope = { tenantId: actor.tenantId, path: actor.unitPath };
    // One transaction: the checks, every item with its assignments, and the job's success.
    await withSession(this.dataSource, scope, async (s) => {
      const rows = await this.targets.check(s, actor, String(row.parameters.storageKey), new Date());
      await progress(0, rows.length);
      const created = await this.targets.create(s, actor, rows, (done) => progress(done, rows.length));
      await jobs.succeed(s, row.id, { done: rows.length, total: rows.length, result: created });
    });
  }
}

function rejected(n: number): Bilingual {
  return {
    zh: `表格有${n}处问题，未导入任何事项；请按行号修改后重新上传`,
    en: `The sheet has ${n} problems; nothing was imported. Fix the rows listed and upload it again`,
  };
}
