import { IllegalTransitionError, RuleViolation, type Bilingual } from '@duban/rules';
import { AppError, badInput } from '@duban/platform';
import type { Sql } from './sql';

/** The most assignments one batch (批量签收, 批量催办) names. */
export const BATCH_MAX = 200;

/**
 * The batch's ids, each once, in id order (every batch locks its rows in the same order, so two batches
 * never deadlock); refused when empty or longer than BATCH_MAX.
 */
export function batchIds(ids: readonly string[], field = 'ids'): string[] {
  const unique = [...new Set(ids.map(String))];
  if (!unique.length) throw badInput({ zh: '请至少选择一项', en: 'Choose at least one' }, field);
  if (unique.length > BATCH_MAX)
    throw badInput(
      {
        zh: `一次最多批量处理${BATCH_MAX}项，本次选择了${unique.length}项`,
        en: `At most ${BATCH_MAX} at a time; ${unique.length} were chosen`,
      },
      field,
    );
  return unique.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

/** The name of each assignment's unit, for those the caller can see (one statement). */
async function unitNames(db: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = await db.query(
    `SELECT a.id::text AS id, o.name FROM assignment a JOIN org_unit o ON o.id = a.unit_id WHERE a.id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The refusal of one item, prefixed with its unit and saying that the batch did nothing. */
function named(name: string, text: Bilingual): Bilingual {
  return { zh: `整批未执行：${name}，${text.zh}`, en: `Nothing was done: ${name}: ${text.en}` };
}

/**
 * Runs a single-item write path for every id of a batch, one after another in the caller's transaction:
 * all or nothing. The first item refused (by the access policy, its state or a rule) stops the batch with
 * that refusal naming its unit, and the transaction rolls back what the earlier ones wrote. An id the
 * caller cannot see stays NOT_FOUND, as for one item (nothing about it is revealed).
 */
export async function allOrNothing<T>(
  db: Sql,
  ids: readonly string[],
  run: (id: string) => Promise<T>,
): Promise<T[]> {
  const names = await unitNames(db, ids);
  const done: T[] = [];
  for (const id of ids) {
    try {
      done.push(await run(id));
    } catch (err) {
      const name = names.get(id);
      if (!name) throw err;
      if (err instanceof AppError && err.code !== 'NOT_FOUND') {
        const { i18n: _text, code: _code, ...details } = err.extensions as Record<string, unknown>;
        throw new AppError(err.code, named(name, err.text), { ...details, assignmentId: id });
      }
      if (err instanceof IllegalTransitionError)
        throw new AppError('CONFLICT', named(name, err.text), { assignmentId: id });
      if (err instanceof RuleViolation)
        throw new AppError('BAD_USER_INPUT', named(name, err.text), {
          ...(err.field ? { field: err.field } : {}),
          assignmentId: id,
        });
      throw err;
    }
  }
  return done;
}
