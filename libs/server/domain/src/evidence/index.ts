// The evidence room's door (佐证材料): other folders import from '../evidence', never from its files.
export * from './stored-file.entity';
export { StoredFileRow } from './stored-file.repository';
export { ClaimedFiles, EvidenceService, UploadedFile } from './evidence.service';
export * from './evidence.module';
