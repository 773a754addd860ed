export * from './batch.js';
export * from './calendar.js';
export * from './correction.js';
export * from './publicity.js';
export * from './queue.js';
export * from './working-days.js';
