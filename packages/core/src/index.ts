export * from './errors/index.js';
export * from './models/index.js';
export * from './tokens/index.js';
