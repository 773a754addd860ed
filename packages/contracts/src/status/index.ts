export * from './labels.js';
export * from './status-machine.js';
