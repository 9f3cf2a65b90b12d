export * from './messages.js';
export * from './server.js';
export * from './state.js';
export * from './stream.js';
