export * from './health.js';
export * from './list.js';
