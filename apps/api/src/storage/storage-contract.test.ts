import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.js';
import type { ObjectStorage } from './object-storage.js';
import { createS3Storage } from './s3-storage.js';
import { StorageUnavailableError } from './storage-errors.js';

async function readAll(stream: Readable | undefined): Promise<Buffer> {
  if (!stream) throw new Error('no stream');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A stream of `size` pseudo-random bytes produced in chunks, never held whole. */
function generated(size: number, seed = 7): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return this.push(null);
      const n = Math.min(1024 * 1024, size - sent);
      const chunk = Buffer.alloc(n, (sent / 1024 + seed) % 251);
      sent += n;
      this.push(chunk);
    },
  });
}

/** The same contract, run against every driver. */
function contract(name: string, make: () => ObjectStorage) {
  describe(`${name} storage`, () => {
    let storage: ObjectStorage;
    beforeAll(() => {
      storage = make();
    });

    it('round-trips bytes and reports the size', async () => {
      const bytes = randomBytes(50_000);
      const { size } = await storage.put('apps/a1/files/f1', Readable.from([bytes]), {
        contentType: 'image/png',
      });
      expect(size).toBe(bytes.length);
      expect((await readAll(await storage.get('apps/a1/files/f1'))).equals(bytes)).toBe(true);
      expect((await storage.head('apps/a1/files/f1'))?.size).toBe(bytes.length);
      expect(await storage.ping()).toBe(true);
    });

    it('stores a large object (multipart) streamed in chunks', async () => {
      const size = 20 * 1024 * 1024 + 123;
      const { size: stored } = await storage.put('apps/a1/files/big', generated(size));
      expect(stored).toBe(size);
      expect((await storage.head('apps/a1/files/big'))?.size).toBe(size);
      const back = await readAll(await storage.get('apps/a1/files/big'));
      expect(back.equals(await readAll(generated(size)))).toBe(true);
    });

    it('answers undefined for a missing key, and delete is idempotent', async () => {
      expect(await storage.get('apps/none/files/x')).toBeUndefined();
      expect(await storage.head('apps/none/files/x')).toBeUndefined();
      await storage.put('apps/a2/files/gone', Readable.from([Buffer.from('x')]));
      await storage.delete('apps/a2/files/gone');
      await storage.delete('apps/a2/files/gone');
      expect(await storage.head('apps/a2/files/gone')).toBeUndefined();
    });

    it('lists keys by prefix', async () => {
      await storage.put('apps/a3/files/one', Readable.from([Buffer.from('1')]));
      await storage.put('apps/a3/files/two', Readable.from([Buffer.from('2')]));
      await storage.put('apps/a4/files/other', Readable.from([Buffer.from('3')]));
      expect((await storage.list('apps/a3/')).sort()).toEqual(['apps/a3/files/one', 'apps/a3/files/two']);
    });

    it('leaves nothing behind when the upload stream fails, and passes its error through', async () => {
      // A refused or broken upload is the caller's error, not an outage of the store.
      const wentAway = new Error('client went away');
      const failing = new Readable({
        read() {
          this.destroy(wentAway);
        },
      });
      await expect(storage.put('apps/a5/files/broken', failing)).rejects.toBe(wentAway);
      expect(await storage.head('apps/a5/files/broken')).toBeUndefined();
    });

    it('refuses keys that could escape their root', async () => {
      await expect(storage.put('../etc/passwd', Readable.from([Buffer.from('x')]))).rejects.toThrow(/unsafe/);
    });
  });
}

const localRoot = mkdtempSync(join(tmpdir(), 'zc-local-'));
const s3Dir = mkdtempSync(join(tmpdir(), 'zc-s3rver-'));
let s3rver: S3rver;
let endpoint = '';

beforeAll(async () => {
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: 'zhicheng-test', configs: [] }],
  });
  const address = (await s3rver.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await s3rver?.close();
  rmSync(localRoot, { recursive: true, force: true });
  rmSync(s3Dir, { recursive: true, force: true });
});

contract('local', () => createLocalStorage(localRoot));
contract('s3 (s3rver)', () =>
  createS3Storage({
    bucket: 'zhicheng-test',
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  }),
);

/**
 * "No such object" (undefined) and "the store cannot be reached" (StorageUnavailableError → 503) are
 * different answers: a download must not say 文件内容不存在 when the store is down.
 */
function unreachable(name: string, make: () => ObjectStorage) {
  describe(`${name} storage when it cannot be reached`, () => {
    const storage = make();
    const unavailable = (call: Promise<unknown>) =>
      expect(call).rejects.toBeInstanceOf(StorageUnavailableError);

    it('fails ping instead of throwing', async () => {
      expect(await storage.ping()).toBe(false);
    });

    it('answers every call with StorageUnavailableError (503), never "missing"', async () => {
      await unavailable(storage.get('apps/a1/files/f1'));
      await unavailable(storage.head('apps/a1/files/f1'));
      await unavailable(storage.put('apps/a1/files/f1', Readable.from([Buffer.from('x')])));
      await unavailable(storage.delete('apps/a1/files/f1'));
      const error = await storage.get('apps/a1/files/f1').catch((e: StorageUnavailableError) => e);
      expect(error).toMatchObject({
        status: 503,
        options: { headers: { 'retry-after': expect.any(String) } },
      });
    });
  });
}

// A closed port: the connection is refused.
unreachable('s3', () =>
  createS3Storage({
    bucket: 'x',
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    accessKeyId: 'a',
    secretAccessKey: 'b',
  }),
);
// A root that is a plain file: what a volume that went away or a misconfigured path looks like.
unreachable('local', () => {
  const root = join(mkdtempSync(join(tmpdir(), 'zc-local-gone-')), 'objects');
  writeFileSync(root, 'not a directory');
  return createLocalStorage(root);
});
