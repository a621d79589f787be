import { DataSource, MixedList, EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Migrations = MixedList<Function | string>;

/** Postgres returns bigint as string; we keep ids as strings end to end (GraphQL ID). */
export function createDataSource(url: string, entities: Classes, migrations: Migrations = [], poolSize = 10) {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    poolSize,
    extra: { application_name: 'duban' },
  });
}
