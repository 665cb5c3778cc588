import { parseArgs } from 'node:util';
import type { StartEmulatorOptions } from '../emulator-options.js';
import type { FaultOptions } from '../faults/fault-options.js';

export type CliArguments =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'start'; readonly options: StartEmulatorOptions; readonly quiet: boolean };

function parseNumber(
  name: string,
  value: string | undefined,
  integer: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (
    value.trim() === '' ||
    !Number.isFinite(number) ||
    number < 0 ||
    (integer && !Number.isInteger(number))
  ) {
    throw new Error(
      `--${name} must be a ${integer ? 'non-negative integer' : 'positive number'}, got "${value}".`,
    );
  }
  return number;
}

/** Reads the command line into emulator options, or the help, or a usage error. */
export function parseCliArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliArguments {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        speed: { type: 'string' },
        'api-key': { type: 'string' },
        'data-dir': { type: 'string' },
        'jobs-per-day': { type: 'string' },
        'active-jobs-per-model': { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        faults: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) return { kind: 'help' };
    const speed = parseNumber('speed', values.speed, false);
    if (speed === 0) throw new Error('--speed must be a positive number, got "0".');
    const jobsPerDay = parseNumber('jobs-per-day', values['jobs-per-day'], true);
    const activeJobsPerModel = parseNumber(
      'active-jobs-per-model',
      values['active-jobs-per-model'],
      true,
    );
    const webhookSecret = values['webhook-secret'] ?? env.OPENAI_WEBHOOK_SECRET;
    if (values['webhook-url'] !== undefined && webhookSecret === undefined) {
      throw new Error('--webhook-url needs --webhook-secret (or OPENAI_WEBHOOK_SECRET).');
    }
    let faults: FaultOptions | undefined;
    if (values.faults !== undefined) {
      try {
        faults = JSON.parse(values.faults) as FaultOptions;
      } catch {
        throw new Error(
          '--faults must be JSON, e.g. {"seed":1,"routes":{"*":{"serverError":0.1}}}.',
        );
      }
      if (typeof faults !== 'object' || faults === null || typeof faults.routes !== 'object') {
        throw new Error('--faults must have a "routes" object.');
      }
    }
    const options: StartEmulatorOptions = {
      port: parseNumber('port', values.port, true) ?? 4010,
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(speed === undefined ? {} : { speed }),
      ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
      ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
      limits: {
        ...(jobsPerDay === undefined ? {} : { jobsPerDay }),
        ...(activeJobsPerModel === undefined ? {} : { activeJobsPerModel }),
      },
      ...(values['webhook-url'] === undefined || webhookSecret === undefined
        ? {}
        : { webhook: { url: values['webhook-url'], secret: webhookSecret } }),
      ...(faults === undefined ? {} : { faults }),
    };
    return { kind: 'start', options, quiet: values.quiet ?? false };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}
