/** Where a training request came from. */
export type JobSource = 'cli' | 'action' | 'slack';

/** What Tuneline records on every job it creates, so it can find the job again. */
export interface TunelineJobMetadata {
  /** Repository-relative path of the training file. */
  readonly datasetPath: string;
  /** The dataset's name in tuneline.json, when it came from there. */
  readonly datasetName?: string | undefined;
  readonly datasetSha256: string;
  /** Hash of dataset content + model + parameters: equal keys mean the same training. */
  readonly requestKey: string;
  readonly source: JobSource;
  /** `owner/name`. */
  readonly repository?: string | undefined;
  readonly pullRequest?: number | undefined;
  readonly commit?: string | undefined;
}

/** OpenAI metadata keys, prefixed so they never collide with a team's own. */
export const tunelineMetadataKeys = {
  datasetPath: 'tuneline_dataset_path',
  datasetName: 'tuneline_dataset_name',
  datasetSha256: 'tuneline_dataset_sha256',
  requestKey: 'tuneline_request_key',
  source: 'tuneline_source',
  repository: 'tuneline_repository',
  pullRequest: 'tuneline_pr',
  commit: 'tuneline_commit',
} as const satisfies Record<keyof TunelineJobMetadata, string>;

/** OpenAI's metadata limits (FineTuningJob `metadata`, spec `Metadata`). */
export const openAIMetadataLimits = { pairs: 16, keyLength: 64, valueLength: 512 } as const;

/** Every source Tuneline records. */
export const jobSources: readonly JobSource[] = ['cli', 'action', 'slack'];
