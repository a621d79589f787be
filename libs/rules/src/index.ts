// @duban/rules: pure domain rules shared by the API, the worker and the browser admin.
// No framework, no Node built-ins, no I/O.
export * from './common/bilingual';
export * from './common/errors';
export * from './common/time';
export * from './supervision/item-state';
export * from './supervision/assignment-state';
export * from './supervision/shares';
export * from './supervision/completion';
export * from './rollup/light';
export * from './rollup/rollup';
export * from './deadline/deadline';
export * from './deadline/working-days';
export * from './chasing/chasing';
export * from './registration/registration-number';
export * from './assessment/assessment';
export * from './identity/role';
export * from './supervision/report-state';
export * from './supervision/report-chain';
export * from './supervision/signing-delegation';
export * from './access/access';
export * from './supervision/extension-state';
export * from './supervision/escalation-state';
export * from './supervision/reassignment';
