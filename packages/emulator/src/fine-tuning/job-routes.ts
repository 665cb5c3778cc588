import { findModel } from '@tuneline/core';
import type { EmulatorContext } from '../emulator-context.js';
import { findFile } from '../files/find-file.js';
import { ApiError } from '../http/api-error.js';
import { jsonResult } from '../http/json-result.js';
import type { Route, RouteContext } from '../http/route.js';
import type { RouteResult } from '../http/route-result.js';
import { checkJobLimits } from '../limits/check-job-limits.js';
import { findServedModel } from '../models/find-served-model.js';
import { paginate } from '../pagination/paginate.js';
import { readLimit } from '../pagination/read-limit.js';
import { createId } from '../random/create-id.js';
import { appendJobEvent } from './append-job-event.js';
import type { JobRecord } from './job-record.js';
import { parseCreateJobRequest } from './parse-create-job-request.js';

const metadataFilterPattern = /^metadata\[(.+)\]$/;

function modelNotAvailable(model: string): ApiError {
  return ApiError.badRequest(`Model ${model} is not available for fine-tuning or does not exist.`, {
    param: 'model',
    code: 'model_not_available',
  });
}

/** The base model a job trains (a catalog snapshot), or the `ft:` model it continues from. */
function resolveTrainableModel(context: EmulatorContext, model: string) {
  const info = findModel(model);
  if (!info) throw modelNotAvailable(model);
  if (model.startsWith('ft:')) {
    const served = findServedModel(context.state, model);
    if (served?.kind !== 'fine-tuned') throw modelNotAvailable(model);
    return { jobModel: model, info };
  }
  return { jobModel: info.id, info };
}

function checkTrainingFile(context: EmulatorContext, fileId: string, param: string): void {
  let purpose: string;
  try {
    purpose = findFile(context, fileId).purpose;
  } catch {
    throw ApiError.badRequest(`invalid ${param}: ${fileId}`, { param, code: 'invalid_file' });
  }
  if (purpose !== 'fine-tune') {
    throw ApiError.badRequest(
      `File ${fileId} has purpose '${purpose}'; ${param} must be a file uploaded with purpose 'fine-tune'.`,
      { param, code: 'invalid_file_purpose' },
    );
  }
}

function findJob(context: EmulatorContext, jobId: string): JobRecord {
  const record = context.state.jobs.get(jobId);
  if (!record) {
    throw ApiError.notFound(`Could not find fine-tuning job ${jobId}.`, 'fine_tuning_job_id');
  }
  return record;
}

async function createJob(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const request = parseCreateJobRequest(await route.readJson());
  const { jobModel, info } = resolveTrainableModel(context, request.model);
  if (!info.methods.includes(request.method.type)) {
    throw ApiError.badRequest(
      `Model ${request.model} does not support ${request.method.type} fine-tuning; it supports ${info.methods.join(', ')}.`,
      { param: 'method.type', code: 'invalid_value' },
    );
  }
  checkTrainingFile(context, request.trainingFile, 'training_file');
  if (request.validationFile !== null) {
    checkTrainingFile(context, request.validationFile, 'validation_file');
  }
  checkJobLimits({
    jobs: context.state.jobs.values(),
    model: jobModel,
    limits: context.limits,
    clock: context.clock,
  });

  const jobId = createId('ftjob-', 24);
  const now = context.clock.now();
  const methodSettings = request.method[request.method.type];
  const hyperparameters = methodSettings?.hyperparameters ?? {};
  const pick = (name: string): 'auto' | number => {
    const value = hyperparameters[name];
    return typeof value === 'number' ? value : 'auto';
  };
  // OpenAI names the model after the org, the suffix and a short id of its own.
  const modelName = `ft:${info.id}:${context.organization.name}:${request.suffix ?? ''}:${jobId.slice(-8)}`;
  const record: JobRecord = {
    job: {
      object: 'fine_tuning.job',
      id: jobId,
      created_at: Math.floor(now / 1000),
      error: null,
      fine_tuned_model: null,
      finished_at: null,
      hyperparameters: {
        batch_size: pick('batch_size'),
        learning_rate_multiplier: pick('learning_rate_multiplier'),
        n_epochs: pick('n_epochs'),
      },
      model: jobModel,
      organization_id: context.organization.id,
      result_files: [],
      seed: request.seed ?? Math.floor(Math.random() * 2_147_483_647),
      status: 'validating_files',
      trained_tokens: null,
      training_file: request.trainingFile,
      validation_file: request.validationFile,
      integrations: request.integrations,
      estimated_finish: null,
      method: request.method,
      metadata: request.metadata,
      user_provided_suffix: request.suffix,
    },
    events: [],
    checkpoints: [],
    phase: 'validating',
    plan: null,
    step: 0,
    modelName,
    createdEmulatedMs: context.clock.emulatedNow(),
    expectedEndEmulatedMs: context.clock.emulatedNow(),
  };
  appendJobEvent(record, now, { message: `Created fine-tuning job: ${jobId}` });
  appendJobEvent(record, now, { message: `Validating training file: ${request.trainingFile}` });
  if (request.validationFile !== null) {
    appendJobEvent(record, now, {
      message: `Validating validation file: ${request.validationFile}`,
    });
  }
  context.state.jobs.set(jobId, record);
  context.state.changed();
  context.runner.start(record);
  context.log(`job ${jobId} created for ${jobModel}`);
  return jsonResult(record.job);
}

function listJobs(context: EmulatorContext, route: RouteContext): RouteResult {
  const { query } = route;
  const limit = readLimit(query, { fallback: 20, max: 100 });
  const wanted: Array<[string, string]> = [];
  let withoutMetadata = false;
  for (const [name, value] of query) {
    const match = metadataFilterPattern.exec(name);
    if (match?.[1] !== undefined) wanted.push([match[1], value]);
    if (name === 'metadata' && (value === '' || value === 'null')) withoutMetadata = true;
  }
  const jobs = [...context.state.jobs.values()]
    .map((record) => record.job)
    .filter((job) => {
      const metadata = job.metadata ?? {};
      if (withoutMetadata && Object.keys(metadata).length > 0) return false;
      return wanted.every(([key, value]) => metadata[key] === value);
    })
    .reverse();
  const page = paginate(jobs, { after: query.get('after'), limit });
  return jsonResult({ object: 'list', data: page.data, has_more: page.has_more });
}

function cancelJob(context: EmulatorContext, route: RouteContext): RouteResult {
  const record = findJob(context, route.params.fine_tuning_job_id ?? '');
  if (record.phase === 'done') {
    throw ApiError.badRequest(
      `Job ${record.job.id} has already ${record.job.status === 'cancelled' ? 'been cancelled' : record.job.status}.`,
      { param: 'fine_tuning_job_id', code: 'invalid_job_state' },
    );
  }
  context.runner.cancel(record);
  return jsonResult(record.job);
}

function pauseJob(context: EmulatorContext, route: RouteContext): RouteResult {
  const record = findJob(context, route.params.fine_tuning_job_id ?? '');
  if (record.phase !== 'running') {
    throw ApiError.badRequest(
      `Job ${record.job.id} is ${record.job.status}; only a running job can be paused.`,
      { param: 'fine_tuning_job_id', code: 'invalid_job_state' },
    );
  }
  context.runner.pause(record);
  return jsonResult(record.job);
}

function resumeJob(context: EmulatorContext, route: RouteContext): RouteResult {
  const record = findJob(context, route.params.fine_tuning_job_id ?? '');
  if (record.phase !== 'paused') {
    throw ApiError.badRequest(
      `Job ${record.job.id} is ${record.job.status}; only a paused job can be resumed.`,
      { param: 'fine_tuning_job_id', code: 'invalid_job_state' },
    );
  }
  context.runner.resume(record);
  return jsonResult(record.job);
}

function listEvents(context: EmulatorContext, route: RouteContext): RouteResult {
  const record = findJob(context, route.params.fine_tuning_job_id ?? '');
  const limit = readLimit(route.query, { fallback: 20, max: 100 });
  const page = paginate([...record.events].reverse(), { after: route.query.get('after'), limit });
  return jsonResult({ object: 'list', data: page.data, has_more: page.has_more });
}

function listCheckpoints(context: EmulatorContext, route: RouteContext): RouteResult {
  const record = findJob(context, route.params.fine_tuning_job_id ?? '');
  const limit = readLimit(route.query, { fallback: 10, max: 100 });
  const page = paginate([...record.checkpoints].reverse(), {
    after: route.query.get('after'),
    limit,
  });
  return jsonResult({
    object: 'list',
    data: page.data,
    first_id: page.data[0]?.id ?? null,
    last_id: page.data[page.data.length - 1]?.id ?? null,
    has_more: page.has_more,
  });
}

/** The fine-tuning jobs API: create, list, retrieve, cancel, pause, resume, events, checkpoints. */
export function createJobRoutes(context: EmulatorContext): Route[] {
  const sync = (handler: (context: EmulatorContext, route: RouteContext) => RouteResult) => {
    return async (route: RouteContext) => handler(context, route);
  };
  const base = '/fine_tuning/jobs';
  return [
    { method: 'POST', path: base, handle: (route) => createJob(context, route) },
    { method: 'GET', path: base, handle: sync(listJobs) },
    {
      method: 'GET',
      path: `${base}/{fine_tuning_job_id}`,
      handle: async (route) =>
        jsonResult(findJob(context, route.params.fine_tuning_job_id ?? '').job),
    },
    { method: 'POST', path: `${base}/{fine_tuning_job_id}/cancel`, handle: sync(cancelJob) },
    { method: 'POST', path: `${base}/{fine_tuning_job_id}/pause`, handle: sync(pauseJob) },
    { method: 'POST', path: `${base}/{fine_tuning_job_id}/resume`, handle: sync(resumeJob) },
    { method: 'GET', path: `${base}/{fine_tuning_job_id}/events`, handle: sync(listEvents) },
    {
      method: 'GET',
      path: `${base}/{fine_tuning_job_id}/checkpoints`,
      handle: sync(listCheckpoints),
    },
  ];
}
