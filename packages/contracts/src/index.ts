import './locale.js';

export * from './accounts/index.js';
export * from './applications/index.js';
export * from './audit/index.js';
export * from './auth/index.js';
export * from './catalog/index.js';
export * from './common/index.js';
export * from './errors/index.js';
export * from './events/index.js';
export * from './integrations/index.js';
export * from './lifecycle/index.js';
export * from './materials/index.js';
export * from './notifications/index.js';
export * from './review/index.js';
export * from './review-form/index.js';
export * from './sections/index.js';
export * from './status/index.js';
export * from './validation/index.js';
