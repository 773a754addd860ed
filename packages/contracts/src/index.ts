import './locale.js';

export * from './audit/index.js';
export * from './auth/index.js';
export * from './common/index.js';
export * from './errors/index.js';
