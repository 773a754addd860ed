export * from './audit-chain.js';
export * from './client.js';
export * from './errors.js';
export * from './migrate.js';
export * from './password-hash.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
export * from './seed/index.js';
