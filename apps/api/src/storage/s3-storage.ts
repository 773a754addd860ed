import { type Readable, Transform } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertSafeKey, type ObjectStorage } from './object-storage.js';
import { StorageUnavailableError, unavailableOnFailure } from './storage-errors.js';

/** A store that does not accept the connection within this is unavailable (not a two-minute TCP wait). */
const CONNECTION_TIMEOUT_MS = 5_000;

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  forcePathStyle: boolean;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
  );
}

/** A missing key answers undefined; every other failure (network, 5xx, credentials) is an outage. */
async function orMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new StorageUnavailableError(error);
  }
}

/**
 * S3 driver for any S3-compatible store. Uploads stream through multipart (lib-storage), so a large
 * file is never held whole in memory; an aborted multipart upload leaves no object.
 */
export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS },
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
  });
  const Bucket = options.bucket;

  return {
    async put(key, body, put = {}) {
      assertSafeKey(key);
      let size = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          callback(null, chunk);
        },
      });
      // A failing body (a refused or broken upload) is the caller's error; anything else is the store's.
      let bodyError: unknown;
      body.on('error', (error) => {
        bodyError = error;
        counted.destroy(error);
      });
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: body.pipe(counted), ContentType: put.contentType },
        queueSize: 2,
        partSize: 8 * 1024 * 1024,
      });
      try {
        await upload.done();
      } catch (error) {
        if (bodyError) throw bodyError;
        throw new StorageUnavailableError(error);
      }
      return { size };
    },

    async get(key) {
      assertSafeKey(key);
      const result = await orMissing(() => client.send(new GetObjectCommand({ Bucket, Key: key })));
      return result?.Body as Readable | undefined;
    },

    async head(key) {
      assertSafeKey(key);
      const result = await orMissing(() => client.send(new HeadObjectCommand({ Bucket, Key: key })));
      return result && { size: result.ContentLength ?? 0, contentType: result.ContentType };
    },

    async delete(key) {
      assertSafeKey(key);
      await unavailableOnFailure(() => client.send(new DeleteObjectCommand({ Bucket, Key: key })));
    },

    async list(prefix) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await unavailableOnFailure(() =>
          client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token })),
        );
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys;
    },

    async ping() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
        return true;
      } catch {
        return false;
      }
    },
  };
}
