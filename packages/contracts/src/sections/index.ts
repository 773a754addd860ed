export * from './api.js';
export * from './definitions.js';
export * from './field-schemas.js';
export * from './section-schemas.js';
