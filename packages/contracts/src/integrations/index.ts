export * from './api-keys.js';
export * from './applicant-import.js';
export * from './webhooks.js';
