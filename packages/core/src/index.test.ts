import { describe, expect, it } from 'vitest';
import * as core from './index.js';

describe('@tuneline/core public API', () => {
  it('exports what the CLI, the Action and the Slack bot use', () => {
    for (const name of [
      'validateDataset',
      'validateDatasets',
      'estimateTrainingCost',
      'estimateAcrossModels',
      'modelsForFormat',
      'defaultEpochs',
      'modelCatalog',
      'findModel',
      'getModel',
      'parseRepositoryConfig',
      'loadRepositoryConfig',
      'resolveDatasetConfig',
      'resolveTrainRequest',
      'trainDataset',
      'findOrCreateJob',
      'uploadTrainingFile',
      'cancelJob',
      'cancelSupersededJobs',
      'listTunelineJobs',
      'createJobMetadata',
      'readJobMetadata',
      'tunelineMetadataKeys',
      'fetchJobMetrics',
      'summarizeJobMetrics',
      'watchJob',
      'reduceJobProgress',
      'describeRecentJobs',
      'describeJob',
      'isTerminalJobStatus',
      'renderMermaidLossChart',
      'renderSparkline',
      'createTokenCounter',
      'createOpenAIClient',
      'createChatConversation',
      'streamChatAnswer',
      'formatUsd',
      'formatDecimal',
      'formatInteger',
      'toValidateJson',
      'toTrainJson',
      'toStatusJson',
      'TunelineError',
      'OpenAIRequestError',
      'computeFileDigest',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });

  it('keeps internals internal', () => {
    for (const name of [
      'runDatasetValidation',
      'analyzeLine',
      'readJsonlLines',
      'fetchNewEvents',
      'wrapOpenAIError',
      'toJobCreateParams',
      'fineTuningJobSchema',
      'createReferenceTokenCounter',
      'runCli',
    ]) {
      expect(core, name).not.toHaveProperty(name);
    }
  });
});
