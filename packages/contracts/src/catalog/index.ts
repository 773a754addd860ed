export * from './admin.js';
export * from './catalog.js';
export * from './cycle-window.js';
