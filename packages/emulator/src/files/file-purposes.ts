/**
 * Purposes a file may be uploaded with: the SDK's `FilePurpose` minus `evals`, which the spec's
 * `OpenAIFile.purpose` cannot represent.
 */
export const uploadPurposes = ['assistants', 'batch', 'fine-tune', 'vision', 'user_data'] as const;
