export * from './text';
export * from './sql';
export * from './attachment.dto';
