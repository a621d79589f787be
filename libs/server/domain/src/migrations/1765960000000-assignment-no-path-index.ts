import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `assignment` keeps no index on `unit_path`. A cascade to a province writes ~50,000 rows in one
 * statement, and maintaining the GiST index took about half of that INSERT (1.1 s → 0.5 s measured on
 * the benchmark's province with a million assignments). The index served little: under RLS a query's
 * own `<@` condition cannot drive an index (the operator is not leakproof), so only the policy's scope
 * used it. Queries that list a subtree's assignments now join `org_unit` (whose path GiST stays) on
 * `unit_id` (`unitInSubtreeSql`), which a unit's immutable path makes equivalent, and reach the rows
 * through `assignment_inbox_idx (unit_id, status)`.
 */
export class AssignmentNoPathIndex1765960000000 implements MigrationInterface {
  name = 'AssignmentNoPathIndex1765960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignment_unit_gist`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX assignment_unit_gist ON assignment USING gist (unit_path)`);
  }
}
