import { TunelineError } from '../errors/tuneline-error.js';
import {
  openAIMetadataLimits,
  type TunelineJobMetadata,
  tunelineMetadataKeys,
} from './tuneline-metadata.js';

/**
 * The job metadata for a Tuneline request, plus any extra pairs, checked against OpenAI's limits
 * (16 pairs, keys ≤ 64 characters, values ≤ 512).
 */
export function createJobMetadata(options: {
  tuneline: TunelineJobMetadata;
  extra?: Readonly<Record<string, string>> | undefined;
}): Record<string, string> {
  const { tuneline } = options;
  const metadata: Record<string, string> = { ...options.extra };
  const entries: [keyof TunelineJobMetadata, string | number | undefined][] = [
    ['datasetPath', tuneline.datasetPath],
    ['datasetName', tuneline.datasetName],
    ['datasetSha256', tuneline.datasetSha256],
    ['requestKey', tuneline.requestKey],
    ['source', tuneline.source],
    ['repository', tuneline.repository],
    ['pullRequest', tuneline.pullRequest],
    ['commit', tuneline.commit],
  ];
  for (const [field, value] of entries) {
    if (value !== undefined) metadata[tunelineMetadataKeys[field]] = String(value);
  }
  const pairs = Object.entries(metadata);
  if (pairs.length > openAIMetadataLimits.pairs) {
    throw new TunelineError(
      'invalid_argument',
      `Job metadata has ${pairs.length} pairs; OpenAI allows 16.`,
      {
        hint: `Tuneline uses ${pairs.length - Object.keys(options.extra ?? {}).length}; drop extra metadata pairs.`,
      },
    );
  }
  for (const [key, value] of pairs) {
    if (key.length > openAIMetadataLimits.keyLength) {
      throw new TunelineError(
        'invalid_argument',
        `Job metadata key "${key}" is longer than 64 characters.`,
        {
          hint: 'Shorten the key.',
        },
      );
    }
    if (value.length > openAIMetadataLimits.valueLength) {
      throw new TunelineError(
        'invalid_metadata',
        `Job metadata "${key}" is ${value.length} characters long; OpenAI allows 512.`,
        {
          hint:
            key === tunelineMetadataKeys.datasetPath
              ? 'Move the dataset to a shorter path.'
              : 'Shorten the value.',
        },
      );
    }
  }
  return metadata;
}
