// Decorators below need the Reflect metadata API before any class is defined.
import 'reflect-metadata';
// Each feature folder has one door (its index.ts); lower rooms first, so that barrels that import
// each other always find the classes they inject already defined.
export * from './config.token';
export * from './core.module';
export * from './shared';
export * from './storage';
export * from './access';
export * from './audit';
export * from './outbox';
export * from './numbering';
export * from './org';
export * from './identity';
export * from './jobs';
export * from './item';
export * from './assignment';
export * from './item-template';
export * from './rollup';
export * from './signing';
export * from './report';
export * from './reopen';
export * from './item-edit';
export * from './instruction';
export * from './milestone';
export * from './extension';
export * from './urge';
export * from './escalation';
export * from './supervision';
export * from './notification';
export * from './deadline';
export * from './assessment';
export * from './cockpit';
export * from './workbench';
export * from './dead-letter';
export * from './spreadsheet';
export * from './documents';
export * from './database';
