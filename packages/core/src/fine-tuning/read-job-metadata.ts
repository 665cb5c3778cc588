import {
  type JobSource,
  jobSources,
  type TunelineJobMetadata,
  tunelineMetadataKeys,
} from './tuneline-metadata.js';

/** Reads Tuneline's metadata back from a job; null when the job was not created by Tuneline. */
export function readJobMetadata(
  metadata: Readonly<Record<string, string>>,
): TunelineJobMetadata | null {
  const datasetPath = metadata[tunelineMetadataKeys.datasetPath];
  const datasetSha256 = metadata[tunelineMetadataKeys.datasetSha256];
  const requestKey = metadata[tunelineMetadataKeys.requestKey];
  const source = metadata[tunelineMetadataKeys.source];
  if (datasetPath === undefined || datasetSha256 === undefined || requestKey === undefined)
    return null;
  if (source === undefined || !(jobSources as readonly string[]).includes(source)) return null;
  const pullRequest = Number(metadata[tunelineMetadataKeys.pullRequest]);
  return {
    datasetPath,
    datasetName: metadata[tunelineMetadataKeys.datasetName],
    datasetSha256,
    requestKey,
    source: source as JobSource,
    repository: metadata[tunelineMetadataKeys.repository],
    pullRequest: Number.isSafeInteger(pullRequest) && pullRequest > 0 ? pullRequest : undefined,
    commit: metadata[tunelineMetadataKeys.commit],
  };
}
