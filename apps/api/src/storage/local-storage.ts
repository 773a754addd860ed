import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, constants, mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, type ObjectStorage } from './object-storage.js';

const TEMP_DIR = '.tmp';
/**
 * The temp file's write buffer. With Node's 16 KB default every chunk (64 KB from a socket) was written
 * by its own fs.write: one thread-pool round trip per chunk, the stream paused until it returned. Room
 * for a megabyte lets the chunks that arrive meanwhile go out together in one writev.
 */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/**
 * Local-disk driver (embedded default, under DATA_DIR/objects). Writes go to a temp file first and are
 * renamed into place, so a crash or a failed upload never leaves a half-written object under its key.
 */
export function createLocalStorage(root: string): ObjectStorage {
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return join(root, key);
  };

  async function exists(path: string) {
    try {
      return await stat(path);
    } catch {
      return undefined;
    }
  }

  return {
    async put(key, body) {
      const target = pathOf(key);
      const temp = join(root, TEMP_DIR, randomUUID());
      await mkdir(dirname(temp), { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      try {
        await pipeline(body, createWriteStream(temp, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }));
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { size: (await stat(target)).size };
    },

    async get(key) {
      const path = pathOf(key);
      return (await exists(path))?.isFile() ? createReadStream(path) : undefined;
    },

    async head(key) {
      const info = await exists(pathOf(key));
      return info?.isFile() ? { size: info.size, contentType: undefined } : undefined;
    },

    async delete(key) {
      await unlink(pathOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },

    async list(prefix) {
      const start = join(root, prefix);
      const keys: string[] = [];
      const walk = async (dir: string) => {
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
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
