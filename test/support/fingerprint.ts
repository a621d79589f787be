import type { DataSource } from 'typeorm';

/** Per table: row count and an order-free sum of row hashes. Equal fingerprints: nothing was written. */
export type Fingerprint = Record<string, string>;

/**
 * A cheap fingerprint of every table of a private test database (owner connection): one scan per
 * table, no sort. Only meaningful where nobody else writes (see bootPrivateRun).
 */
export async function fingerprinter(owner: DataSource): Promise<() => Promise<Fingerprint>> {
  const tables: { name: string }[] = await owner.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY 1`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS t, count(*) || '/' || coalesce(sum(hashtext(x::text)::bigint), 0) AS f FROM "${name}" x`,
    )
    .join(' UNION ALL ');
  return async () => {
    const rows: { t: string; f: string }[] = await owner.query(sql);
    return Object.fromEntries(rows.map((r) => [r.t, r.f]));
  };
}

/** The tables whose fingerprints differ. */
export const changedTables = (a: Fingerprint, b: Fingerprint) =>
  Object.keys({ ...a, ...b }).filter((t) => a[t] !== b[t]);

/**
 * Keeps the users a generated test signs in as usable: takes their rows now and puts them back (active,
 * roles, unit, password, …) after an accepted mutation changed them. Returns how many rows it restored.
 */
export async function userKeeper(owner: DataSource, usernames: string[]): Promise<() => Promise<number>> {
  const snapshot = await owner.query(
    `SELECT coalesce(jsonb_agg(to_jsonb(u)), '[]') AS rows FROM app_user u WHERE username = ANY($1)`,
    [usernames],
  );
  const columns: { c: string }[] = await owner.query(
    `SELECT column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'app_user' AND column_name <> 'id'`,
  );
  const set = columns.map(({ c }) => `"${c}" = r."${c}"`).join(', ');
  const sql = `WITH done AS (UPDATE app_user u SET ${set}
      FROM jsonb_populate_recordset(NULL::app_user, $1::jsonb) r
     WHERE u.id = r.id AND (u.*) IS DISTINCT FROM (r.*) RETURNING 1) SELECT count(*)::int AS n FROM done`;
  const rows = JSON.stringify(snapshot[0].rows);
  return async () => (await owner.query(sql, [rows]))[0].n;
}
