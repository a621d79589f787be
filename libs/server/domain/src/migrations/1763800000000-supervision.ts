import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counter columns of roll_up, in the order duban_rollup_apply() takes its delta array. */
export const ROLLUP_COLUMNS = [
  'total',
  'st_assigned',
  'st_in_progress',
  'st_awaiting_signature',
  'st_under_review',
  'st_done',
  'st_withdrawn',
  'applicable',
  'overdue',
  'done_on_time',
  'done_late',
  'returned_open',
  'not_applicable',
  'target_sum',
  'achieved_sum',
  'progress_sum',
  'red',
  'yellow',
  'green',
] as const;

/**
 * Supervision items, the assignment tree, reports, chasing, roll-ups, audit trail and outbox.
 * Tenant rows carry tenant_id and the path of the unit they belong to, and every policy puts the
 * subtree predicate inside itself (index-friendly under RLS, see the foundation migration).
 */
export class Supervision1763800000000 implements MigrationInterface {
  name = 'Supervision1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const scoped = (table: string, pathColumn: string) => [
      `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
      `CREATE POLICY ${table}_scope ON ${table} USING (tenant_id = duban_tenant() AND ${pathColumn} <@ duban_scope_path())
         WITH CHECK (tenant_id = duban_tenant() AND ${pathColumn} <@ duban_scope_path())`,
    ];

    await q.query(`CREATE TABLE office_setting (
      unit_id bigint PRIMARY KEY REFERENCES org_unit(id),
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      reg_prefix varchar(16) NOT NULL
    )`);
    // Numbering series per office and year: 'ITEM' (登记编号) and 'URGE' (催办通知).
    await q.query(`CREATE TABLE registration_counter (
      unit_id bigint NOT NULL REFERENCES org_unit(id),
      series varchar(8) NOT NULL,
      year int NOT NULL,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      last_seq int NOT NULL,
      PRIMARY KEY (unit_id, series, year)
    )`);

    await q.query(`CREATE TABLE supervision_item (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      issuer_unit_id bigint NOT NULL REFERENCES org_unit(id),
      issuer_path ltree NOT NULL,
      reg_year int,
      reg_seq int,
      reg_number varchar(40),
      title varchar(200) NOT NULL,
      source varchar(32) NOT NULL,
      category varchar(40),
      is_key boolean NOT NULL DEFAULT false,
      content text NOT NULL,
      requirements text,
      instruction text,
      deadline timestamptz NOT NULL,
      deadline_tier varchar(20),
      lead_unit_id bigint REFERENCES org_unit(id),
      co_unit_ids bigint[] NOT NULL DEFAULT '{}',
      leader_name varchar(64),
      responsible_person varchar(64),
      target numeric,
      target_unit varchar(16),
      rollup_policy varchar(16) NOT NULL DEFAULT 'AVERAGE',
      status varchar(20) NOT NULL,
      withdrawn_reason text,
      feedback text,
      created_by bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (issuer_unit_id, reg_year, reg_seq)
    )`);
    await q.query(`CREATE INDEX supervision_item_issuer_gist ON supervision_item USING gist (issuer_path)`);
    await q.query(
      `CREATE INDEX supervision_item_tenant_status_idx ON supervision_item (tenant_id, status, deadline)`,
    );

    await q.query(`CREATE TABLE assignment (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      item_id bigint NOT NULL REFERENCES supervision_item(id),
      parent_id bigint REFERENCES assignment(id),
      unit_id bigint NOT NULL REFERENCES org_unit(id),
      unit_path ltree NOT NULL,
      issuer_unit_id bigint NOT NULL REFERENCES org_unit(id),
      issuer_path ltree NOT NULL,
      role varchar(8) NOT NULL DEFAULT 'LEAD',
      status varchar(24) NOT NULL DEFAULT 'ASSIGNED',
      deadline timestamptz NOT NULL,
      target numeric,
      achieved numeric,
      progress_percent numeric NOT NULL DEFAULT 0,
      overdue boolean NOT NULL DEFAULT false,
      returned boolean NOT NULL DEFAULT false,
      extension_pending boolean NOT NULL DEFAULT false,
      escalated boolean NOT NULL DEFAULT false,
      split boolean NOT NULL DEFAULT false,
      not_applicable boolean NOT NULL DEFAULT false,
      tightened boolean NOT NULL DEFAULT false,
      light varchar(8) NOT NULL DEFAULT 'GREEN',
      light_reason_zh text NOT NULL DEFAULT '进度正常',
      light_reason_en text NOT NULL DEFAULT 'On track',
      accepted_at timestamptz,
      done_at timestamptz,
      done_late boolean NOT NULL DEFAULT false,
      reminder_stage varchar(12) NOT NULL DEFAULT 'NONE',
      overdue_notices int NOT NULL DEFAULT 0,
      last_overdue_notice_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (item_id, unit_id)
    )`);
    await q.query(`CREATE INDEX assignment_unit_gist ON assignment USING gist (unit_path)`);
    await q.query(`CREATE INDEX assignment_parent_idx ON assignment (parent_id)`);
    await q.query(`CREATE INDEX assignment_inbox_idx ON assignment (unit_id, status)`);
    // The sweeper's index: open assignments by deadline.
    await q.query(`CREATE INDEX assignment_open_deadline_idx ON assignment (tenant_id, deadline)
      WHERE status NOT IN ('DONE', 'WITHDRAWN')`);

    await q.query(`CREATE TABLE progress_update (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      assignment_id bigint NOT NULL REFERENCES assignment(id),
      unit_path ltree NOT NULL,
      percent numeric NOT NULL,
      achieved numeric,
      text text NOT NULL,
      attachments jsonb NOT NULL DEFAULT '[]',
      created_by bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX progress_update_assignment_idx ON progress_update (assignment_id, id)`);

    await q.query(`CREATE TABLE report (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      assignment_id bigint NOT NULL REFERENCES assignment(id),
      item_id bigint NOT NULL REFERENCES supervision_item(id),
      unit_path ltree NOT NULL,
      version int NOT NULL,
      content text NOT NULL,
      achieved numeric,
      progress_percent numeric NOT NULL,
      attachments jsonb NOT NULL DEFAULT '[]',
      status varchar(24) NOT NULL,
      submitted_by bigint NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      signed_by bigint,
      signed_at timestamptz,
      reviewed_by bigint,
      reviewed_at timestamptz,
      checklist jsonb,
      review_comment text,
      UNIQUE (assignment_id, version)
    )`);

    await q.query(`CREATE TABLE extension_request (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      assignment_id bigint NOT NULL REFERENCES assignment(id),
      unit_path ltree NOT NULL,
      reason text NOT NULL,
      current_deadline timestamptz NOT NULL,
      requested_deadline timestamptz NOT NULL,
      current_progress numeric NOT NULL,
      status varchar(12) NOT NULL DEFAULT 'PENDING',
      requested_by bigint NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      decided_by bigint,
      decided_at timestamptz,
      decision_comment text
    )`);
    await q.query(
      `CREATE UNIQUE INDEX extension_request_one_open ON extension_request (assignment_id) WHERE status = 'PENDING'`,
    );

    await q.query(`CREATE TABLE urge_notice (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      assignment_id bigint NOT NULL REFERENCES assignment(id),
      unit_path ltree NOT NULL,
      number varchar(40) NOT NULL,
      kind varchar(16) NOT NULL,
      target varchar(12) NOT NULL,
      text text NOT NULL,
      created_by bigint,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX urge_notice_assignment_idx ON urge_notice (assignment_id)`);

    await q.query(`CREATE TABLE escalation (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      assignment_id bigint NOT NULL REFERENCES assignment(id),
      unit_path ltree NOT NULL,
      to_unit_id bigint NOT NULL REFERENCES org_unit(id),
      reason text NOT NULL,
      status varchar(12) NOT NULL DEFAULT 'OPEN',
      created_by bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    // Roll-up per (item, org unit): sums over the non-split assignments in the unit's subtree.
    await q.query(`CREATE TABLE roll_up (
      item_id bigint NOT NULL REFERENCES supervision_item(id),
      unit_id bigint NOT NULL REFERENCES org_unit(id),
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      ${ROLLUP_COLUMNS.map((c) => `${c} ${c.endsWith('_sum') ? 'numeric' : 'int'} NOT NULL DEFAULT 0`).join(',\n      ')},
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (item_id, unit_id)
    )`);
    await q.query(`CREATE INDEX roll_up_unit_idx ON roll_up (unit_id)`);

    /*
     * A township's report must move the county's and the city's counters, which its own scope cannot
     * write. This definer function is the one narrow door: it only adds a delta along the ancestors of
     * a path inside the caller's own scope and tenant.
     */
    await q.query(`CREATE FUNCTION duban_rollup_apply(p_item bigint, p_path ltree, d numeric[])
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT (p_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up delta outside the caller scope' USING ERRCODE = '42501';
        END IF;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${ROLLUP_COLUMNS.join(', ')})
        SELECT p_item, o.id, o.tenant_id, o.path, ${ROLLUP_COLUMNS.map((_, i) => `d[${i + 1}]`).join(', ')}
          FROM org_unit o WHERE o.path @> p_path AND o.tenant_id = duban_tenant()
          ORDER BY o.depth
        ON CONFLICT (item_id, unit_id) DO UPDATE SET
          ${ROLLUP_COLUMNS.map((c) => `${c} = roll_up.${c} + EXCLUDED.${c}`).join(',\n          ')},
          updated_at = now();
      END $$`);
    // Set-based twin for a cascade: the contribution of freshly created (ASSIGNED) rows, added along
    // all their ancestors in one statement. Mirrors contribution() in @duban/rules for that state.
    // work_mem: a province-wide cascade groups ~50k rows × 4 levels; the default 4 MB spills that sort to disk.
    await q.query(`CREATE FUNCTION duban_rollup_add_new(p_item bigint, p_parent bigint, p_min bigint, p_max bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $$
      BEGIN
        IF duban_scope_path() IS NULL THEN
          RAISE EXCEPTION 'roll-up without a caller scope' USING ERRCODE = '42501';
        END IF;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, total, st_assigned, applicable, not_applicable,
                             target_sum, progress_sum, red, yellow, green)
        SELECT p_item, ltree2text(subpath(a.anc, -1))::bigint, a.tenant_id, a.anc, count(*), count(*),
               count(*) FILTER (WHERE NOT a.not_applicable), count(*) FILTER (WHERE a.not_applicable),
               coalesce(sum(a.target) FILTER (WHERE NOT a.not_applicable), 0),
               coalesce(sum(a.progress_percent) FILTER (WHERE NOT a.not_applicable), 0),
               count(*) FILTER (WHERE NOT a.not_applicable AND a.light = 'RED'),
               count(*) FILTER (WHERE NOT a.not_applicable AND a.light = 'YELLOW'),
               count(*) FILTER (WHERE NOT a.not_applicable AND a.light = 'GREEN')
          FROM (SELECT x.*, subpath(x.unit_path, 0, g.lvl) AS anc
                  FROM assignment x CROSS JOIN LATERAL generate_series(1, nlevel(x.unit_path)) AS g(lvl)
                 WHERE x.item_id = p_item AND x.id BETWEEN p_min AND p_max AND x.parent_id IS NOT DISTINCT FROM p_parent
                   AND x.status = 'ASSIGNED' AND NOT x.split
                   AND x.tenant_id = duban_tenant() AND x.issuer_path <@ duban_scope_path()) a
         GROUP BY a.anc, a.tenant_id
        ON CONFLICT (item_id, unit_id) DO UPDATE SET
          ${ROLLUP_COLUMNS.map((c) => `${c} = roll_up.${c} + EXCLUDED.${c}`).join(',\n          ')},
          updated_at = now();
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_add_new(bigint, bigint, bigint, bigint) FROM PUBLIC`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION duban_rollup_add_new(bigint, bigint, bigint, bigint) TO duban_app`,
    );
    // Ancestors come from the path itself (its labels are the unit ids), not from a join on org_unit:
    // one GiST probe per assignment and level was the slow part of a province-wide cascade.
    // The roll-up of one item recounted from its assignments: the truth the incremental counters must
    // equal. Mirrors contribution() in @duban/rules; rebuild and the recount check both use it.
    await q.query(`CREATE FUNCTION duban_rollup_recount(p_item bigint)
      RETURNS TABLE (unit_id bigint, tenant_id bigint, unit_path ltree, ${ROLLUP_COLUMNS.map((c) => `${c} ${c.endsWith('_sum') ? 'numeric' : 'int'}`).join(', ')})
      LANGUAGE sql STABLE AS $$
        SELECT ltree2text(subpath(a.anc, -1))::bigint, a.tenant_id, a.anc,
          count(*)::int,
          count(*) FILTER (WHERE a.status = 'ASSIGNED')::int, count(*) FILTER (WHERE a.status = 'IN_PROGRESS')::int,
          count(*) FILTER (WHERE a.status = 'AWAITING_SIGNATURE')::int, count(*) FILTER (WHERE a.status = 'UNDER_REVIEW')::int,
          count(*) FILTER (WHERE a.status = 'DONE')::int, count(*) FILTER (WHERE a.status = 'WITHDRAWN')::int,
          count(*) FILTER (WHERE a.live)::int,
          count(*) FILTER (WHERE a.live AND a.open AND a.overdue)::int,
          count(*) FILTER (WHERE a.live AND a.status = 'DONE' AND NOT a.done_late)::int,
          count(*) FILTER (WHERE a.live AND a.status = 'DONE' AND a.done_late)::int,
          count(*) FILTER (WHERE a.live AND a.open AND a.returned)::int,
          count(*) FILTER (WHERE a.not_applicable)::int,
          coalesce(sum(a.target) FILTER (WHERE a.live), 0),
          coalesce(sum(a.achieved) FILTER (WHERE a.live), 0),
          coalesce(sum(CASE WHEN a.status = 'DONE' THEN 100 ELSE least(100, greatest(0, a.progress_percent)) END)
            FILTER (WHERE a.live), 0),
          count(*) FILTER (WHERE a.live AND a.light = 'RED')::int,
          count(*) FILTER (WHERE a.live AND a.light = 'YELLOW')::int,
          count(*) FILTER (WHERE a.live AND a.light = 'GREEN')::int
        FROM (SELECT x.*, (NOT x.not_applicable AND x.status <> 'WITHDRAWN') AS live,
                     x.status NOT IN ('DONE', 'WITHDRAWN') AS open, subpath(x.unit_path, 0, g.lvl) AS anc
                FROM assignment x CROSS JOIN LATERAL generate_series(1, nlevel(x.unit_path)) AS g(lvl)
               WHERE x.item_id = p_item AND NOT x.split) a
        GROUP BY a.anc, a.tenant_id
      $$`);
    // Rebuilds one item's counters (used after set-based changes such as a withdrawal).
    await q.query(`CREATE FUNCTION duban_rollup_rebuild(p_item bigint)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $$
      BEGIN
        IF duban_scope_path() IS NULL OR NOT EXISTS (
          SELECT 1 FROM supervision_item i WHERE i.id = p_item AND i.tenant_id = duban_tenant()
             AND i.issuer_path <@ duban_scope_path()) THEN
          RAISE EXCEPTION 'roll-up rebuild outside the caller scope' USING ERRCODE = '42501';
        END IF;
        DELETE FROM roll_up WHERE item_id = p_item;
        INSERT INTO roll_up (item_id, unit_id, tenant_id, unit_path, ${ROLLUP_COLUMNS.join(', ')})
        SELECT p_item, r.* FROM duban_rollup_recount(p_item) r;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_recount(bigint) FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_rebuild(bigint) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_rollup_rebuild(bigint) TO duban_app`);
    await q.query(`REVOKE ALL ON FUNCTION duban_rollup_apply(bigint, ltree, numeric[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION duban_rollup_apply(bigint, ltree, numeric[]) TO duban_app`);

    // Append-only, hash-chained per entity (chain_key), so editing history breaks the chain.
    await q.query(`CREATE TABLE audit_event (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      chain_key varchar(40) NOT NULL,
      item_id bigint,
      assignment_id bigint,
      action varchar(40) NOT NULL,
      actor_id bigint,
      actor_name varchar(64),
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      before jsonb,
      after jsonb,
      text text,
      prev_hash char(64),
      hash char(64) NOT NULL
    )`);
    await q.query(`CREATE INDEX audit_event_chain_idx ON audit_event (chain_key, id)`);
    await q.query(`CREATE INDEX audit_event_item_idx ON audit_event (item_id, id)`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM duban_app`);

    await q.query(`CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      topic varchar(60) NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE published_at IS NULL`);

    for (const [table, path] of [
      ['office_setting', 'unit_path'],
      ['registration_counter', 'unit_path'],
      ['assignment', 'unit_path'],
      ['progress_update', 'unit_path'],
      ['report', 'unit_path'],
      ['extension_request', 'unit_path'],
      ['urge_notice', 'unit_path'],
      ['escalation', 'unit_path'],
      ['roll_up', 'unit_path'],
      ['audit_event', 'unit_path'],
      ['outbox', 'unit_path'],
    ]) {
      for (const sql of scoped(table, path)) await q.query(sql);
    }
    // An item is visible to its issuer's subtree and to every unit it was assigned to.
    await q.query(`ALTER TABLE supervision_item ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY supervision_item_read ON supervision_item FOR SELECT USING (
      tenant_id = duban_tenant() AND (issuer_path <@ duban_scope_path() OR EXISTS (
        SELECT 1 FROM assignment a WHERE a.item_id = supervision_item.id AND a.unit_path <@ duban_scope_path())))`);
    await q.query(`CREATE POLICY supervision_item_write ON supervision_item FOR ALL USING (
      tenant_id = duban_tenant() AND issuer_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND issuer_path <@ duban_scope_path())`);

    // The outbox relay and the sweeper work across tenants through these narrow doors only
    // (the relay's claim function is in the notification migration).
    await q.query(`CREATE FUNCTION duban_outbox_mark(p_ids bigint[])
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox SET published_at = now() WHERE id = ANY(p_ids) AND published_at IS NULL $$`);
    await q.query(`CREATE FUNCTION duban_tenant_roots()
      RETURNS TABLE (tenant_id bigint, path text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$ SELECT id, path::text FROM org_unit WHERE parent_id IS NULL $$`);
    for (const fn of ['duban_outbox_mark(bigint[])', 'duban_tenant_roots()']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO duban_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'duban_tenant_roots()',
      'duban_outbox_mark(bigint[])',
      'duban_rollup_apply(bigint, ltree, numeric[])',
      'duban_rollup_add_new(bigint, bigint, bigint, bigint)',
      'duban_rollup_rebuild(bigint)',
      'duban_rollup_recount(bigint)',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    for (const t of [
      'outbox',
      'audit_event',
      'roll_up',
      'escalation',
      'urge_notice',
      'extension_request',
      'report',
      'progress_update',
      'assignment',
      'supervision_item',
      'registration_counter',
      'office_setting',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
