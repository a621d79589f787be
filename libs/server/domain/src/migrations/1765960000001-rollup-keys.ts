import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up tables drop their foreign keys. A key runs a lookup and a row lock per inserted row: a
 * province cascade adds ~2,800 rows to `roll_up` and upserts as many into `roll_up_total`, and the keys
 * took ~25 ms of the roll-up's ~220 ms (about a tenth of what the cascade spends beyond its raw INSERT).
 * The data model already holds what they checked:
 * - only definer functions write these tables (the app role has no INSERT or UPDATE), and they take
 *   every unit id from `org_unit` itself (a join or a path match) and every item id from the
 *   assignments they count or the item the caller has locked;
 * - nothing that a roll-up row names can be deleted: a row exists only for a unit with an assignment
 *   in its subtree, and an item or unit that assignments refer to cannot be deleted (`assignment_refs`
 *   and the org tree's own parent key).
 * `rollup:check` (stored = recount) still covers every row.
 */
export class RollupKeys1765960000001 implements MigrationInterface {
  name = 'RollupKeys1765960000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE roll_up DROP CONSTRAINT roll_up_item_id_fkey, DROP CONSTRAINT roll_up_unit_id_fkey`,
    );
    await q.query(`ALTER TABLE roll_up_total DROP CONSTRAINT roll_up_total_unit_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE roll_up ADD CONSTRAINT roll_up_item_id_fkey FOREIGN KEY (item_id) REFERENCES supervision_item(id),
                   ADD CONSTRAINT roll_up_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES org_unit(id)`);
    await q.query(
      `ALTER TABLE roll_up_total ADD CONSTRAINT roll_up_total_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES org_unit(id)`,
    );
  }
}
