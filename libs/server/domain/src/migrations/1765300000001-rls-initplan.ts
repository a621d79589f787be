import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every policy of ours whose expressions call the scope functions directly. */
const POLICIES = `SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
  WHERE schemaname = 'public'
    AND (coalesce(qual, '') || coalesce(with_check, '')) ~ '(duban_tenant|duban_scope_path)\\(\\)'`;

/**
 * Row-level security reads the scope once per statement, not once per row: every policy calls
 * `duban_tenant()` and `duban_scope_path()` through a scalar sub-select, which PostgreSQL evaluates
 * once as an initplan. Called directly, the (inlined) functions ran `current_setting()` and parsed the
 * path as ltree for every row a query looked at; a leader's roll-up read checks hundreds of rows.
 * The policies mean the same: the sub-selects return the same values, NULL without a scope (no rows),
 * and the subtree predicate still drives the GiST index (an initplan is a parameter to an index scan).
 *
 * Written against pg_policies rather than table by table, so every policy existing now is rewritten
 * (ALTER POLICY keeps its name, command and roles); a policy already written this way is left alone.
 */
export class RlsInitplan1765300000001 implements MigrationInterface {
  name = 'RlsInitplan1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await this.rewrite(
      q,
      (e) => e.replace(/\b(duban_tenant|duban_scope_path)\(\)/g, '(SELECT $1())'),
      (e) => !/SELECT duban_(tenant|scope_path)\(\)/.test(e),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await this.rewrite(
      q,
      (e) => e.replace(/\(\s*SELECT (duban_tenant|duban_scope_path)\(\)(\s+AS\s+\w+)?\)/g, '$1()'),
      () => true,
    );
  }

  private async rewrite(
    q: QueryRunner,
    change: (expr: string) => string,
    applies: (expr: string) => boolean,
  ): Promise<void> {
    const rows: {
      schemaname: string;
      tablename: string;
      policyname: string;
      qual: string | null;
      with_check: string | null;
    }[] = await q.query(POLICIES);
    for (const p of rows) {
      const parts = [
        p.qual && applies(p.qual) ? `USING (${change(p.qual)})` : '',
        p.with_check && applies(p.with_check) ? `WITH CHECK (${change(p.with_check)})` : '',
      ].filter(Boolean);
      if (!parts.length) continue;
      await q.query(
        `ALTER POLICY "${p.policyname}" ON "${p.schemaname}"."${p.tablename}" ${parts.join(' ')}`,
      );
    }
  }
}
