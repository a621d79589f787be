export * from './division-source';
export * from './department-catalog';
export * from './import-plan';
export * from './org-import.service';
