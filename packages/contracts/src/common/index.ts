export * from './csv.js';
export * from './health.js';
export * from './list.js';
