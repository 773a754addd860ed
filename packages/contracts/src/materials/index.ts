export * from './api.js';
export * from './categories.js';
export * from './required-materials.js';
