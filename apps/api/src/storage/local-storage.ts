import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, type ObjectStorage } from './object-storage.js';
import { StorageUnavailableError } from './storage-errors.js';

const TEMP_DIR = '.tmp';
/**
 * The temp file's write buffer. With Node's 16 KB default every chunk (64 KB from a socket) was written
 * by its own fs.write: one thread-pool round trip per chunk, the stream paused until it returned. Room
 * for a megabyte lets the chunks that arrive meanwhile go out together in one writev.
 */
const WRITE_BUFFER_BYTES = 1024 * 1024;
/** What a missing key looks like (`ENOTDIR`: a key's folder is a file, which generated keys never need). */
const MISSING = new Set(['ENOENT', 'ENOTDIR']);

/**
 * Local-disk driver (embedded default, under DATA_DIR/objects). Writes go to a temp file first and are
 * renamed into place, so a crash or a failed upload never leaves a half-written object under its key.
 */
export function createLocalStorage(root: string): ObjectStorage {
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return join(root, key);
  };

  /**
   * "No such key" only while the root itself is there: an unmounted volume or a deleted root is the
   * store being unavailable, not every object missing. Any other failure (EACCES, EIO…) is unavailable.
   */
  async function missingOrUnavailable(error: unknown): Promise<undefined> {
    if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) {
      const rootInfo = await stat(root).catch(() => undefined);
      if (rootInfo?.isDirectory()) return undefined;
    }
    throw new StorageUnavailableError(error);
  }

  async function statOf(key: string) {
    const path = pathOf(key);
    try {
      return await stat(path);
    } catch (error) {
      return missingOrUnavailable(error);
    }
  }

  return {
    async put(key, body) {
      const target = pathOf(key);
      const temp = join(root, TEMP_DIR, randomUUID());
      // A failing body (a refused or broken upload) is the caller's error; anything else is the disk's.
      let bodyError: unknown;
      body.once('error', (error) => {
        bodyError = error;
      });
      try {
        await mkdir(dirname(temp), { recursive: true });
        await mkdir(dirname(target), { recursive: true });
        await pipeline(body, createWriteStream(temp, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }));
        await rename(temp, target);
        return { size: (await stat(target)).size };
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {});
        if (bodyError) throw bodyError;
        throw new StorageUnavailableError(error);
      }
    },

    async get(key) {
      const info = await statOf(key);
      if (!info?.isFile()) return undefined;
      // Opened here, so a file that cannot be read fails the call rather than a stream already answering 200.
      try {
        const handle = await open(pathOf(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        return missingOrUnavailable(error);
      }
    },

    async head(key) {
      const info = await statOf(key);
      return info?.isFile() ? { size: info.size, contentType: undefined } : undefined;
    },

    async delete(key) {
      const path = pathOf(key);
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return;
        throw new StorageUnavailableError(error);
      });
    },

    async list(prefix) {
      const start = join(root, prefix);
      const keys: string[] = [];
      const walk = async (dir: string) => {
        // A folder that is not there holds no keys; a folder that cannot be read is an outage.
        const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
          if (MISSING.has(error.code ?? '')) return [];
          throw new StorageUnavailableError(error);
        });
        for (const entry of entries) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) {
            if (relative(root, path) !== TEMP_DIR) await walk(path);
          } else {
            keys.push(relative(root, path).split(sep).join('/'));
          }
        }
      };
      await walk(dirname(start));
      return keys.filter((k) => k.startsWith(prefix));
    },

    async ping() {
      try {
        await mkdir(root, { recursive: true });
        await access(root, constants.W_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}
