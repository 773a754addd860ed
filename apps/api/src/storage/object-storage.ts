import { access, constants, mkdir } from 'node:fs/promises';

/**
 * Object storage as the app sees it. This foundation needs only reachability for `/readyz`;
 * the materials work adds put/get/head/delete/list and the S3 driver behind the same interface.
 */
export interface ObjectStorage {
  ping(): Promise<boolean>;
}

export function createLocalStorage(root: string): ObjectStorage {
  return {
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
