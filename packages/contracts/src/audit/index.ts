export * from './audit-events.js';
