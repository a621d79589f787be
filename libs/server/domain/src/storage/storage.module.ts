import path from 'node:path';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@duban/platform';
import { CONFIG } from '../config.token';
import { DownloadLinks } from './download-link';
import { FILE_STORAGE, FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

/** The adapter named by `STORAGE_DRIVER`, shared by every room that keeps bytes. */
export function createFileStorage(config: AppConfig): FileStorage {
  return new LocalFileStorage(path.resolve(config.STORAGE_DIR));
}

@Global()
@Module({
  providers: [
    { provide: FILE_STORAGE, inject: [CONFIG], useFactory: createFileStorage },
    {
      provide: DownloadLinks,
      inject: [CONFIG],
      useFactory: (config: AppConfig) => new DownloadLinks(config.JWT_SECRET, config.FILE_LINK_TTL_SECONDS),
    },
  ],
  exports: [FILE_STORAGE, DownloadLinks],
})
export class StorageModule {}
