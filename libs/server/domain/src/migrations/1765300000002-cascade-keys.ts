import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The references of an assignment, checked once per statement instead of once per row. A foreign key
 * runs a lookup (and a row lock) per inserted row: in a province-wide cascade (49,704 rows) the item,
 * unit and issuer keys took about 0.6 s, more than half of the INSERT.
 *
 * - `issuer_unit_id`: not a reference of its own but derived, the item's issuer for a top-level
 *   assignment (supervision_item.issuer_unit_id, a foreign key there) and the parent assignment's unit
 *   for a delegated one. Its key is dropped.
 * - `item_id`, `unit_id`: one set-based check per statement (a transition table joined with the items
 *   and units; a definer function, as foreign keys look past row-level security), and an assignment
 *   never changes item or unit (改派 makes a new row). Units and items are never deleted by the
 *   application; deleting one that assignments refer to is refused, with assignment writes held off
 *   meanwhile (SHARE lock), as the foreign keys' own row locks did.
 */
export class CascadeKeys1765300000002 implements MigrationInterface {
  name = 'CascadeKeys1765300000002';

  async up(q: QueryRunner): Promise<void> {
    for (const key of ['issuer_unit_id', 'item_id', 'unit_id'])
      await q.query(`ALTER TABLE assignment DROP CONSTRAINT assignment_${key}_fkey`);

    await q.query(`CREATE FUNCTION duban_assignment_refs() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM org_unit o WHERE o.id = n.unit_id))
           OR EXISTS (SELECT 1 FROM (SELECT DISTINCT item_id FROM new_rows) n
                       WHERE NOT EXISTS (SELECT 1 FROM supervision_item i WHERE i.id = n.item_id)) THEN
          RAISE EXCEPTION 'insert on table "assignment" refers to an item or unit that does not exist'
            USING ERRCODE = '23503';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER assignment_refs AFTER INSERT ON assignment
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duban_assignment_refs()`);

    await q.query(`CREATE FUNCTION duban_assignment_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an assignment keeps its item and unit' USING ERRCODE = '23503';
      END $$`);
    await q.query(`CREATE TRIGGER assignment_fixed BEFORE UPDATE OF item_id, unit_id ON assignment
      FOR EACH ROW WHEN (OLD.item_id IS DISTINCT FROM NEW.item_id OR OLD.unit_id IS DISTINCT FROM NEW.unit_id)
      EXECUTE FUNCTION duban_assignment_fixed()`);

    await q.query(`CREATE FUNCTION duban_referenced_by_assignment() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        LOCK TABLE assignment IN SHARE MODE;
        IF (TG_TABLE_NAME = 'org_unit' AND EXISTS (SELECT 1 FROM assignment WHERE unit_id = OLD.id))
           OR (TG_TABLE_NAME = 'supervision_item' AND EXISTS (SELECT 1 FROM assignment WHERE item_id = OLD.id)) THEN
          RAISE EXCEPTION 'delete on table "%" would leave assignments without their %', TG_TABLE_NAME,
            CASE TG_TABLE_NAME WHEN 'org_unit' THEN 'unit' ELSE 'item' END USING ERRCODE = '23503';
        END IF;
        RETURN OLD;
      END $$`);
    for (const table of ['org_unit', 'supervision_item'])
      await q.query(`CREATE TRIGGER ${table}_assignment_refs BEFORE DELETE OR UPDATE OF id ON ${table}
        FOR EACH ROW EXECUTE FUNCTION duban_referenced_by_assignment()`);
    for (const fn of ['duban_assignment_refs()', 'duban_referenced_by_assignment()'])
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['org_unit', 'supervision_item'])
      await q.query(`DROP TRIGGER ${table}_assignment_refs ON ${table}`);
    await q.query(`DROP TRIGGER assignment_fixed ON assignment`);
    await q.query(`DROP TRIGGER assignment_refs ON assignment`);
    for (const fn of [
      'duban_referenced_by_assignment()',
      'duban_assignment_fixed()',
      'duban_assignment_refs()',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    for (const [key, table] of [
      ['issuer_unit_id', 'org_unit'],
      ['item_id', 'supervision_item'],
      ['unit_id', 'org_unit'],
    ])
      await q.query(`ALTER TABLE assignment ADD CONSTRAINT assignment_${key}_fkey
        FOREIGN KEY (${key}) REFERENCES ${table}(id)`);
  }
}
