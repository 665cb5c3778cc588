import { type ParseArgsConfig, parseArgs } from 'node:util';
import { usageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node's parseArgs, with its errors turned into usage errors a user can act on. */
export function parseCommandLine<T extends Options>(
  args: readonly string[],
  options: T,
  usage: string,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'),
      usage,
    );
  }
}

/** Reads a whole-number option, refusing anything else with the option's name. */
export function parseInteger(
  value: string | undefined,
  name: string,
  usage: string,
  range: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < range.min || number > range.max) {
    throw usageError(
      `--${name} must be a whole number from ${range.min} to ${range.max}, not "${value}".`,
      usage,
    );
  }
  return number;
}

/** Reads an option that must be a number above zero (a price, a speed), refusing anything else. */
export function parsePositiveNumber(
  value: string | undefined,
  name: string,
  usage: string,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw usageError(`--${name} must be a positive number, not "${value}".`, usage);
  }
  return number;
}
