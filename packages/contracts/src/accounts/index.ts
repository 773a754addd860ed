export * from './contact.js';
export * from './people.js';
export * from './registration.js';
export * from './unit.js';
