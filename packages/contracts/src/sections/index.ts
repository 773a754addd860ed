export * from './api.js';
export * from './computed-years.js';
export * from './definitions.js';
export * from './field-schemas.js';
export * from './sample-values.js';
export * from './section-schemas.js';
export * from './work-history-overlap.js';
