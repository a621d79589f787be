/**
 * The FileStorage contract (the same spec body LocalFileStorage passes in its unit spec) against the
 * S3 adapter and a real S3-compatible server, s3rver, on loopback.
 */
import { S3FileStorage } from '@duban/domain';
import { fileStorageContract } from '../../libs/server/domain/src/storage/file-storage.contract';
import { startS3Server, S3TestServer } from '../support/s3-server';

let server: S3TestServer;
beforeAll(async () => {
  server = await startS3Server();
});
afterAll(() => server.stop());

fileStorageContract('S3FileStorage', () => new S3FileStorage(server.settings));
