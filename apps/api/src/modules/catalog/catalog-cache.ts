import { createHash } from 'node:crypto';
import type { Catalog } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { catalogRepository as repo } from './catalog-repository.js';
import { toPublicCatalog } from './public-catalog.js';

export interface CachedCatalog {
  version: string;
  etag: string;
  body: Catalog;
}

export type CatalogCache = ReturnType<typeof createCatalogCache>;

/**
 * The public catalogue, rebuilt only when its version changes (one primary-key read per use), so
 * `GET /catalog` and the checks of every application choice stay cheap and always current.
 */
export function createCatalogCache(db: Db) {
  let cached: CachedCatalog | undefined;
  return {
    async get(): Promise<CachedCatalog> {
      const version = await repo.version(db);
      if (cached?.version !== version) {
        const body = toPublicCatalog(await repo.readFull(db));
        const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)}"`;
        cached = { version, etag, body };
      }
      return cached;
    },
  };
}
