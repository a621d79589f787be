// The database folder's door: entities, migrations and the owner-side tools (setup, seed).
export * from './schema';
export * from './db-admin';
export * from './demo-seed';
