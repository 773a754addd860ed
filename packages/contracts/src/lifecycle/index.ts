export * from './completeness.js';
export * from './transitions.js';
