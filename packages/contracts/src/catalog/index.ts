export * from './admin.js';
export * from './catalog.js';
