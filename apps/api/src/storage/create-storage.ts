import type { Config } from '../config.js';
import { createLocalStorage } from './local-storage.js';
import type { ObjectStorage } from './object-storage.js';
import { createS3Storage } from './s3-storage.js';

/** The driver the configuration names. */
export function createStorage(config: Config['storage']): ObjectStorage {
  return config.driver === 's3' ? createS3Storage(config) : createLocalStorage(config.root);
}
