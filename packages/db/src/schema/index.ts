export * from './audit.js';
export * from './catalog.js';
export * from './cycles.js';
export * from './meta.js';
export * from './organisations.js';
export * from './sessions.js';
export * from './sms.js';
export * from './users.js';
