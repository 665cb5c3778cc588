export { formatDecimal } from './format-decimal.js';
export { formatInteger } from './format-integer.js';
export { formatUsd } from './format-usd.js';
