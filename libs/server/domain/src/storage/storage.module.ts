import path from 'node:path';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@duban/platform';
import { CONFIG } from '../config.token';
import { DownloadLinks } from './download-link';
import { FILE_STORAGE, FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The adapter named by `STORAGE_DRIVER`, shared by every room that keeps bytes. */
export function createFileStorage(config: AppConfig): FileStorage {
  if (config.STORAGE_DRIVER === 's3')
    // The config schema refuses STORAGE_DRIVER=s3 without endpoint, bucket and keys.
    return new S3FileStorage({
      endpoint: config.S3_ENDPOINT!,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET!,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
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
