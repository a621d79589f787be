import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessment (睢县 rules): 督查通报 (bulletins) and the score entries they put on the named units'
 * year-end assessment. Bulletin numbers reuse registration_counter (series 'BULLETIN').
 * Both tables are append-only for the app role: an issued bulletin is an official document.
 */
export class Assessment1763950000000 implements MigrationInterface {
  name = 'Assessment1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bulletin (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      issuer_unit_id bigint NOT NULL,
      issuer_path ltree NOT NULL,
      number varchar(40) NOT NULL,
      number_year int NOT NULL,
      number_seq int NOT NULL,
      year int NOT NULL,
      kind varchar(12) NOT NULL,
      level varchar(12) NOT NULL,
      title varchar(200) NOT NULL,
      body text NOT NULL,
      item_id bigint,
      responsible_person varchar(64),
      created_by bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT bulletin_issuer_unit_id_fkey FOREIGN KEY (issuer_unit_id) REFERENCES org_unit(id),
      CONSTRAINT bulletin_item_id_fkey FOREIGN KEY (item_id) REFERENCES supervision_item(id),
      CONSTRAINT bulletin_number_key UNIQUE (issuer_unit_id, number_year, number_seq),
      CONSTRAINT bulletin_kind_check CHECK (kind IN ('PRAISE', 'CRITICISM')),
      CONSTRAINT bulletin_level_check CHECK (level IN ('COMMITTEE', 'OFFICE'))
    )`);
    await q.query(`CREATE INDEX bulletin_issuer_gist ON bulletin USING gist (issuer_path)`);
    await q.query(`CREATE INDEX bulletin_tenant_year_idx ON bulletin (tenant_id, year)`);

    await q.query(`CREATE TABLE score_entry (
      id bigserial PRIMARY KEY,
      tenant_id bigint NOT NULL,
      bulletin_id bigint NOT NULL,
      unit_id bigint NOT NULL,
      unit_path ltree NOT NULL,
      year int NOT NULL,
      kind varchar(12) NOT NULL,
      points int NOT NULL,
      criticism_seq int,
      admonish boolean NOT NULL DEFAULT false,
      person_ineligible boolean NOT NULL DEFAULT false,
      unit_ineligible boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT score_entry_bulletin_id_fkey FOREIGN KEY (bulletin_id) REFERENCES bulletin(id),
      CONSTRAINT score_entry_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES org_unit(id),
      CONSTRAINT score_entry_bulletin_unit_key UNIQUE (bulletin_id, unit_id),
      CONSTRAINT score_entry_kind_check CHECK (kind IN ('PRAISE', 'CRITICISM'))
    )`);
    await q.query(`CREATE INDEX score_entry_unit_gist ON score_entry USING gist (unit_path)`);
    // The scoreboard and the criticism count read a unit's entries of one year.
    await q.query(`CREATE INDEX score_entry_unit_year_idx ON score_entry (unit_id, year, kind)`);

    for (const t of ['bulletin', 'score_entry'])
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${t} FROM duban_app`);

    // A score entry belongs to the unit it scores: visible in that unit's subtree (and so to the issuer above it).
    await q.query(`ALTER TABLE score_entry ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY score_entry_scope ON score_entry
      USING (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())
      WITH CHECK (tenant_id = duban_tenant() AND unit_path <@ duban_scope_path())`);
    // A bulletin is visible to its issuer's subtree and to every unit it names; only the issuer's scope writes it.
    await q.query(`ALTER TABLE bulletin ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY bulletin_read ON bulletin FOR SELECT USING (
      tenant_id = duban_tenant() AND (issuer_path <@ duban_scope_path() OR EXISTS (
        SELECT 1 FROM score_entry s WHERE s.bulletin_id = bulletin.id AND s.unit_path <@ duban_scope_path())))`);
    await q.query(`CREATE POLICY bulletin_write ON bulletin FOR INSERT
      WITH CHECK (tenant_id = duban_tenant() AND issuer_path <@ duban_scope_path())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE score_entry`);
    await q.query(`DROP TABLE bulletin`);
  }
}
