import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 主办/协办 and 委托签字.
 *
 * Lead and co-units: a lead unit's report cites its co-units' accepted reports (`report_citation.kind`
 * CO_UNIT, beside SUB_UNIT for a split assignment's sub-units) and is submitted only when every
 * co-unit is done or 不适用. A co-unit is a sibling of the lead (same item and parent), usually
 * elsewhere in the tree, so the lead's own scope cannot read it: two narrow SECURITY DEFINER
 * functions cross that boundary for the lead only (the caller must see the lead assignment):
 * - `duban_co_units(leads, lock)`: the co-unit assignments of each lead, as whole rows (the caller
 *   applies the rules' "holds open" predicate, so it follows the rules); `lock` share-locks them while
 *   the lead's report is composed, as a split assignment share-locks its children;
 * - `duban_co_citable(lead)`: the co-units' latest accepted, signed reports, in the columns the
 *   citation rows snapshot (the same shape as the sub-units' citable reports).
 *
 * Acting signer: `signing_delegation` (a head names a colleague of the same unit for a period of
 * China-time dates; revoked, never deleted), and on `report` who the acting signer signed for and
 * under which delegation. Citations keep the name of the head a cited report was signed for.
 */
export class CoUnitsActingSigner1764700000000 implements MigrationInterface {
  name = 'CoUnitsActingSigner1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE signing_delegation (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      head_id bigint NOT NULL,
      delegate_id bigint NOT NULL,
      valid_from date NOT NULL,
      valid_to date NOT NULL,
      reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      revoked_by bigint,
      revoke_reason text,
      CONSTRAINT signing_delegation_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES org_unit(id),
      CONSTRAINT signing_delegation_head_id_fkey FOREIGN KEY (head_id) REFERENCES app_user(id),
      CONSTRAINT signing_delegation_delegate_id_fkey FOREIGN KEY (delegate_id) REFERENCES app_user(id),
      CONSTRAINT signing_delegation_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES app_user(id),
      CONSTRAINT signing_delegation_period_check CHECK (valid_from <= valid_to),
      CONSTRAINT signing_delegation_not_self_check CHECK (delegate_id <> head_id)
    )`);
    // "What may this user sign today" (one lookup per request) and a unit's list.
    await q.query(
      `CREATE INDEX signing_delegation_delegate_idx ON signing_delegation (delegate_id, valid_to) WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX signing_delegation_unit_idx ON signing_delegation (unit_id, id)`);
    await q.query(`CREATE INDEX signing_delegation_unit_gist ON signing_delegation USING gist (unit_path)`);
    await q.query(`ALTER TABLE signing_delegation ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY signing_delegation_scope ON signing_delegation
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
    // A delegation is a record: never deleted; a revocation is the only change (audited as well).
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON signing_delegation FROM duban_app`);
    await q.query(`GRANT UPDATE (revoked_at, revoked_by, revoke_reason) ON signing_delegation TO duban_app`);

    await q.query(`ALTER TABLE report ADD COLUMN signed_for bigint
      CONSTRAINT report_signed_for_fkey REFERENCES app_user(id)`);
    await q.query(`ALTER TABLE report ADD COLUMN signing_delegation_id bigint
      CONSTRAINT report_signing_delegation_id_fkey REFERENCES signing_delegation(id)`);

    await q.query(`ALTER TABLE report_citation ADD COLUMN kind varchar(8) NOT NULL DEFAULT 'SUB_UNIT'`);
    await q.query(`ALTER TABLE report_citation ADD COLUMN signed_for_name text`);

    await q.query(`CREATE FUNCTION duban_co_units(p_leads bigint[], p_lock boolean)
      RETURNS TABLE (lead_id bigint, co assignment)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      #variable_conflict use_column
      BEGIN
        IF p_lock THEN
          RETURN QUERY SELECT l.id, c FROM assignment l
            JOIN assignment c ON c.item_id = l.item_id AND c.parent_id IS NOT DISTINCT FROM l.parent_id
                             AND c.role = 'CO' AND c.id <> l.id
           WHERE l.id = ANY (p_leads) AND l.role = 'LEAD'
             AND l.tenant_id = duban_tenant() AND l.unit_path <@ duban_scope_path()
           ORDER BY c.id FOR SHARE OF c;
        ELSE
          RETURN QUERY SELECT l.id, c FROM assignment l
            JOIN assignment c ON c.item_id = l.item_id AND c.parent_id IS NOT DISTINCT FROM l.parent_id
                             AND c.role = 'CO' AND c.id <> l.id
           WHERE l.id = ANY (p_leads) AND l.role = 'LEAD'
             AND l.tenant_id = duban_tenant() AND l.unit_path <@ duban_scope_path()
           ORDER BY c.id;
        END IF;
      END $$`);

    await q.query(`CREATE FUNCTION duban_co_citable(p_lead bigint)
      RETURNS TABLE ("citedReportId" bigint, "citedAssignmentId" bigint, "unitId" bigint, "unitName" text,
                     "signedBy" bigint, "signerName" text, "signedForName" text, "signedAt" timestamptz,
                     hash varchar, achieved float8, content text, "unitSort" int)
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT ON (a.id) r.id, a.id, a.unit_id, u.name, r.signed_by, coalesce(su.display_name, ''),
               fu.display_name, r.signed_at, r.hash, r.achieved::float8, r.content, u.sort
          FROM duban_co_units(ARRAY[p_lead], false) t
          CROSS JOIN LATERAL (SELECT (t.co).*) a
          JOIN report r ON r.assignment_id = a.id AND r.status = 'ACCEPTED'
          JOIN org_unit u ON u.id = a.unit_id
          LEFT JOIN app_user su ON su.id = r.signed_by
          LEFT JOIN app_user fu ON fu.id = r.signed_for
         WHERE a.status = 'DONE' AND NOT a.not_applicable AND r.signed_by IS NOT NULL
         ORDER BY a.id, r.version DESC
      $$`);

    for (const fn of ['duban_co_units(bigint[], boolean)', 'duban_co_citable(bigint)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION duban_co_citable(bigint)`);
    await q.query(`DROP FUNCTION duban_co_units(bigint[], boolean)`);
    await q.query(`ALTER TABLE report_citation DROP COLUMN signed_for_name`);
    await q.query(`ALTER TABLE report_citation DROP COLUMN kind`);
    await q.query(`ALTER TABLE report DROP COLUMN signing_delegation_id`);
    await q.query(`ALTER TABLE report DROP COLUMN signed_for`);
    await q.query(`DROP TABLE signing_delegation`);
  }
}
