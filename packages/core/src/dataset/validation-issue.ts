export type IssueSeverity = 'error' | 'warning';

/** Every problem Tuneline can report about a dataset. Codes are stable: scripts may match on them. */
export type IssueCode =
  // Reading the file
  | 'file_unreadable'
  | 'invalid_utf8'
  | 'invalid_json'
  | 'invalid_encoding'
  | 'too_deeply_nested'
  | 'number_out_of_range'
  | 'line_too_long'
  | 'blank_line'
  | 'data_type'
  // Format of the lines
  | 'unrecognized_format'
  | 'mixed_formats'
  | 'format_not_supported_by_model'
  | 'unrecognized_key'
  // The cookbook's chat checks
  | 'missing_messages_list'
  | 'message_missing_key'
  | 'message_unrecognized_key'
  | 'unrecognized_role'
  | 'missing_content'
  | 'example_missing_assistant_message'
  // Today's chat rules
  | 'invalid_message'
  | 'invalid_name'
  | 'invalid_weight'
  | 'weight_not_on_assistant'
  | 'invalid_tool_calls'
  | 'invalid_tool_call_arguments'
  | 'unanswered_tool_call_id'
  | 'invalid_content_part'
  | 'image_in_assistant_message'
  | 'invalid_tools'
  | 'invalid_functions'
  | 'empty_assistant_content'
  // Other formats
  | 'invalid_prompt_completion'
  | 'invalid_preference_input'
  | 'invalid_preference_output'
  // Whole file
  | 'too_few_examples'
  | 'few_examples'
  | 'example_over_token_limit'
  | 'file_too_large'
  | 'special_token'
  | 'duplicate_example'
  | 'train_validation_overlap'
  | 'possible_secret';

/** One problem found in a dataset, located precisely enough to jump to it in an editor. */
export interface ValidationIssue {
  readonly severity: IssueSeverity;
  readonly code: IssueCode;
  /** 1-based line of the file; absent for problems of the whole file. */
  readonly line?: number;
  /** 1-based column (in characters), where the problem has one. */
  readonly column?: number;
  /** JSON path within the line, such as `messages[2].role`. */
  readonly path?: string;
  readonly message: string;
  readonly hint: string;
}
