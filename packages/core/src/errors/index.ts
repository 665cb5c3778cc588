export { TunelineError, type TunelineErrorCode, type TunelineErrorKind } from './tuneline-error.js';
