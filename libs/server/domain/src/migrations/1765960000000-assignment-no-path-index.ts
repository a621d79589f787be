import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `assignment` keeps no index on `unit_path`. A cascade to a province writes ~50,000 rows in one
 * statement, and maintaining the GiST index took about half of that INSERT (1.1 s → 0.5 s measured on
 * the benchmark's province with a million assignments). The index served little: under RLS a query's
 * own `<@` condition cannot drive an index (the operator is not leakproof), so only the policy's scope
 * used it. Queries that list a subtree's assignments now join `org_unit` (whose path GiST stays) on
 * `unit_id` (`unitInSubtreeSql`), which a unit's immutable path makes equivalent, and reach the rows
 * through `assignment_inbox_idx (unit_id, status)`. So does the item read policy ("an item is visible
 * to every unit it was assigned to"), which otherwise would scan every assignment of the tenant.
 */
const ITEM_READ = (assigned: string) => `ALTER POLICY supervision_item_read ON supervision_item USING (
  tenant_id = (SELECT duban_tenant()) AND (issuer_path <@ (SELECT duban_scope_path()) OR EXISTS (
    SELECT 1 FROM assignment a WHERE a.item_id = supervision_item.id AND ${assigned})))`;

export class AssignmentNoPathIndex1765960000000 implements MigrationInterface {
  name = 'AssignmentNoPathIndex1765960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignment_unit_gist`);
    await q.query(
      ITEM_READ(`a.unit_id IN (SELECT o.id FROM org_unit o WHERE o.path <@ (SELECT duban_scope_path()))`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(ITEM_READ(`a.unit_path <@ (SELECT duban_scope_path())`));
    await q.query(`CREATE INDEX assignment_unit_gist ON assignment USING gist (unit_path)`);
  }
}
