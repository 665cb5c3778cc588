export { TunelineError, type TunelineErrorCode } from './tuneline-error.js';
