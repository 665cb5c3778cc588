/** What is wrong with a tuneline.json entry. */
export type ConfigIssueCode =
  | 'invalid_json'
  | 'invalid_encoding'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value'
  | 'invalid_name';

/** One problem in tuneline.json, located by field path and line, with how to fix it. */
export interface ConfigIssue {
  readonly code: ConfigIssueCode;
  /** The config file, as given. */
  readonly file: string;
  /** The field, e.g. `datasets.support.hyperparameters.n_epochs`; empty for the whole file. */
  readonly path: string;
  /** 1-based; null when the location is unknown. */
  readonly line: number | null;
  readonly column: number | null;
  /** Names the file, the place and the field: `tuneline.json:7:19: datasets.support… must be…`. */
  readonly message: string;
  readonly hint: string;
}
