export * from './check-digits.js';
export * from './fields.js';
