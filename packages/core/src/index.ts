export * from './cost/index.js';
export * from './dataset/index.js';
export * from './errors/index.js';
export * from './models/index.js';
export * from './stats/index.js';
export * from './tokens/index.js';
