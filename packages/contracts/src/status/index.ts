export * from './labels.js';
export * from './review-stages.js';
export * from './status-machine.js';
