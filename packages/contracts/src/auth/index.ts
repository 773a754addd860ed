export * from './login.js';
export * from './me.js';
export * from './password-policy.js';
export * from './roles.js';
export * from './sessions.js';
