/**
 * The API booted with STORAGE_DRIVER=s3 against a real S3-compatible server (s3rver on loopback):
 * an upload lands in the bucket (with its thumbnail) and downloads byte for byte through HTTP.
 */
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { DataSource } from 'typeorm';
import { bootApi, TestApi, testDataSources } from '@duban/testing';
import { download, jpeg, sha256, upload } from '../support/evidence';
import { startS3Server, S3TestServer } from '../support/s3-server';

let s3: S3TestServer;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  s3 = await startS3Server('duban-evidence');
  ({ owner, close } = await testDataSources());
  api = await bootApi({ env: s3.env });
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await s3?.stop();
});

it('stores uploads and thumbnails in the bucket and serves them back through GET /files/download', async () => {
  const token = await api.login('baimiao_liaison');
  const photo = await jpeg(1024, 768);
  const r = await upload(api.app, token, [{ name: '现场.jpg', type: 'image/jpeg', body: photo }]);
  expect(r.status).toBe(201);
  const [file] = r.body.files;
  const [row] = await owner.query(
    `SELECT storage_key, thumbnail_key, sha256 FROM stored_file WHERE id = $1`,
    [file.id],
  );
  expect(row.sha256).toBe(sha256(photo));

  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  expect(listed.Contents?.map((o) => o.Key).sort()).toEqual([row.storage_key, row.thumbnail_key].sort());
  const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: row.storage_key }));
  expect(sha256(Buffer.from(await object.Body!.transformToByteArray()))).toBe(sha256(photo));
  expect(object.ContentType).toBe('image/jpeg');

  const got = await download(api.app, token, file.downloadUrl);
  expect(got.status).toBe(200);
  expect(sha256(got.bytes)).toBe(sha256(photo));
  const thumb = await download(api.app, token, file.thumbnailUrl);
  expect(thumb.headers['content-type']).toBe('image/webp');
  client.destroy();
});
