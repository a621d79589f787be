// The documents room's door: 打印文书 (official forms, PDF and Word) and their verification.
export * from './issued-document.entity';
export * from './issued-document.view';
export * from './documents.module';
