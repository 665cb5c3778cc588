import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createChatRoutes } from './chat/chat-routes.js';
import { createClock } from './clock/create-clock.js';
import type { EmulatorContext } from './emulator-context.js';
import type { Emulator, StartEmulatorOptions } from './emulator-options.js';
import { createFaultInjector } from './faults/create-fault-injector.js';
import { createFileRoutes } from './files/file-routes.js';
import { createJobRoutes } from './fine-tuning/job-routes.js';
import { JobRunner } from './fine-tuning/job-runner.js';
import { defaultJobTimings } from './fine-tuning/job-timings.js';
import { createRequestHandler } from './http/create-request-handler.js';
import { createModelRoutes } from './models/model-routes.js';
import { createDiskBlobStore } from './state/create-disk-blob-store.js';
import { createMemoryBlobStore } from './state/create-memory-blob-store.js';
import { EmulatorState } from './state/emulator-state.js';
import { createUploadRoutes } from './uploads/upload-routes.js';
import { createWebhookSender } from './webhooks/create-webhook-sender.js';

const megabyte = 1024 * 1024;

function checkPositive(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a non-negative number, got ${value}.`);
  }
}

/**
 * Starts a local server that speaks OpenAI's fine-tuning API (files, uploads, jobs, models, chat
 * completions) well enough for the official SDK to run against it unchanged.
 *
 * @example
 * const emulator = await startEmulator({ speed: 1000 });
 * const client = new OpenAI({ baseURL: emulator.url, apiKey: emulator.apiKey });
 * // …
 * await emulator.close();
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const log = options.logger ?? (() => {});
  const clock = options.clock ?? createClock({ speed: options.speed ?? 1 });
  const timings = { ...defaultJobTimings, ...options.timings };
  for (const [name, value] of Object.entries(timings)) checkPositive(`timings.${name}`, value);
  const limits = {
    maxFileBytes: 512 * megabyte,
    maxUploadBytes: 8 * 1024 * megabyte,
    maxPartBytes: 64 * megabyte,
    maxJsonBytes: 32 * megabyte,
    ...options.limits,
  };
  for (const [name, value] of Object.entries(limits)) checkPositive(`limits.${name}`, value);
  const apiKey = options.apiKey ?? 'sk-tuneline-emulator';
  const organization = {
    id: options.organization?.id ?? 'org-tuneline-emulator',
    name: options.organization?.name ?? 'tuneline',
  };
  const fault = createFaultInjector(options.faults);

  const state = new EmulatorState({
    blobs:
      options.dataDir === undefined
        ? createMemoryBlobStore()
        : await createDiskBlobStore(join(options.dataDir, 'blobs')),
    ...(options.dataDir === undefined ? {} : { stateFile: join(options.dataDir, 'state.json') }),
    onSaveError: (error) => log(`could not save the emulator state: ${String(error)}`),
  });
  await state.load();
  const webhooks = options.webhook
    ? createWebhookSender({ webhook: options.webhook, clock, log })
    : undefined;
  const runner = new JobRunner({ state, clock, timings, webhooks, log });
  const context: EmulatorContext = { state, clock, runner, organization, limits, log };

  const server = createServer(
    createRequestHandler({
      routes: [
        ...createFileRoutes(context),
        ...createUploadRoutes(context),
        ...createJobRoutes(context),
        ...createModelRoutes(context),
        ...createChatRoutes(context),
      ],
      apiKey,
      organizationId: organization.id,
      maxJsonBytes: limits.maxJsonBytes,
      fault,
      log,
    }),
  );
  // Outlive the clients' idle keep-alive, so a reused socket is never closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Jobs restored from the data directory carry on from where they were.
  for (const record of state.jobs.values()) runner.start(record);

  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}/v1`,
    port,
    apiKey,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await runner.close();
        await webhooks?.close();
        await closed;
        await state.flush();
      })();
      return closing;
    },
  };
}
