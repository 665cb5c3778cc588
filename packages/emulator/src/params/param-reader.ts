import { ApiError } from '../http/api-error.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

function listValues(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

interface NumberBounds {
  readonly min?: number;
  /** True when `min` itself is not allowed. */
  readonly exclusiveMin?: boolean;
  readonly max?: number;
}

/**
 * Reads the parameters of a JSON request body the way OpenAI checks them, answering the first
 * problem as OpenAI's 400 (same messages, `param` and `code`), so clients see the errors they
 * would see live.
 */
export class ParamReader {
  readonly #body: Readonly<Record<string, unknown>>;
  readonly #prefix: string;

  constructor(body: Readonly<Record<string, unknown>>, prefix = '') {
    this.#body = body;
    this.#prefix = prefix;
  }

  /** The dotted name OpenAI reports, e.g. `method.supervised.hyperparameters.n_epochs`. */
  path(name: string): string {
    return `${this.#prefix}${name}`;
  }

  /** Presence, not truthiness: `0`, `false` and `''` are present; `undefined` is not. */
  has(name: string): boolean {
    return this.#body[name] !== undefined;
  }

  raw(name: string): unknown {
    return this.#body[name];
  }

  rejectUnknown(known: readonly string[]): void {
    for (const name of Object.keys(this.#body)) {
      if (!known.includes(name)) {
        throw ApiError.badRequest(`Unrecognized request argument supplied: ${this.path(name)}`, {
          param: this.path(name),
          code: 'unknown_parameter',
        });
      }
    }
  }

  missing(name: string): ApiError {
    return ApiError.badRequest(`Missing required parameter: '${this.path(name)}'.`, {
      param: this.path(name),
      code: 'missing_required_parameter',
    });
  }

  invalidType(name: string, expected: string): ApiError {
    return ApiError.badRequest(
      `Invalid type for '${this.path(name)}': expected ${expected}, but got ${describe(this.#body[name])} instead.`,
      { param: this.path(name), code: 'invalid_type' },
    );
  }

  invalidValue(name: string, message: string, code = 'invalid_value'): ApiError {
    return ApiError.badRequest(message, { param: this.path(name), code });
  }

  requiredString(name: string, bounds: { minLength?: number; maxLength?: number } = {}): string {
    const value = this.string(name, bounds);
    if (value === undefined) throw this.missing(name);
    return value;
  }

  /** A string, or undefined when absent or null. */
  string(
    name: string,
    bounds: { minLength?: number; maxLength?: number } = {},
  ): string | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.invalidType(name, 'a string');
    const length = [...value].length;
    if (bounds.maxLength !== undefined && length > bounds.maxLength) {
      throw this.invalidValue(
        name,
        `Invalid '${this.path(name)}': string too long. Expected a string with maximum length ${bounds.maxLength}, but got a string with length ${length} instead.`,
        'string_above_max_length',
      );
    }
    if (bounds.minLength !== undefined && length < bounds.minLength) {
      throw this.invalidValue(
        name,
        `Invalid '${this.path(name)}': string too short. Expected a string with minimum length ${bounds.minLength}, but got a string with length ${length} instead.`,
        'string_below_min_length',
      );
    }
    return value;
  }

  enumValue<Value extends string>(name: string, values: readonly Value[]): Value | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw this.invalidValue(
        name,
        `Invalid value: '${value}'. Supported values are: ${listValues(values)}.`,
      );
    }
    return value as Value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw this.invalidType(name, 'a boolean');
    return value;
  }

  integer(name: string, bounds: NumberBounds = {}): number | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw this.invalidType(name, 'an integer');
    }
    this.#checkBounds(name, value, bounds, 'integer');
    return value;
  }

  number(name: string, bounds: NumberBounds = {}): number | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.invalidType(name, 'a number');
    }
    this.#checkBounds(name, value, bounds, 'decimal');
    return value;
  }

  /** `'auto'` or an integer within bounds, as every hyperparameter accepts. */
  autoOrInteger(name: string, bounds: NumberBounds): 'auto' | number | undefined {
    if (this.#body[name] === 'auto') return 'auto';
    if (typeof this.#body[name] === 'string') {
      throw this.invalidValue(
        name,
        `Invalid value: '${this.#body[name]}'. Supported values are: 'auto' or an integer.`,
      );
    }
    return this.integer(name, bounds);
  }

  autoOrNumber(name: string, bounds: NumberBounds): 'auto' | number | undefined {
    if (this.#body[name] === 'auto') return 'auto';
    if (typeof this.#body[name] === 'string') {
      throw this.invalidValue(
        name,
        `Invalid value: '${this.#body[name]}'. Supported values are: 'auto' or a number.`,
      );
    }
    return this.number(name, bounds);
  }

  /** A nested object as its own reader, or undefined when absent or null. */
  object(name: string): ParamReader | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw this.invalidType(name, 'an object');
    }
    return new ParamReader(value as Record<string, unknown>, `${this.path(name)}.`);
  }

  array(
    name: string,
    bounds: { maxItems?: number; minItems?: number } = {},
  ): unknown[] | undefined {
    const value = this.#body[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw this.invalidType(name, 'an array');
    if (bounds.maxItems !== undefined && value.length > bounds.maxItems) {
      throw this.invalidValue(
        name,
        `Invalid '${this.path(name)}': array too long. Expected an array with maximum length ${bounds.maxItems}, but got an array with length ${value.length} instead.`,
        'array_above_max_length',
      );
    }
    if (bounds.minItems !== undefined && value.length < bounds.minItems) {
      throw this.invalidValue(
        name,
        `Invalid '${this.path(name)}': empty array. Expected an array with minimum length ${bounds.minItems}, but got an empty array instead.`,
        'empty_array',
      );
    }
    return value;
  }

  /** A reader for element `index` of an array of objects. */
  element(name: string, index: number): ParamReader {
    const value = (this.#body[name] as unknown[])[index];
    const path = `${this.path(name)}[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw ApiError.badRequest(
        `Invalid type for '${path}': expected an object, but got ${describe(value)} instead.`,
        { param: path, code: 'invalid_type' },
      );
    }
    return new ParamReader(value as Record<string, unknown>, `${path}.`);
  }

  #checkBounds(name: string, value: number, bounds: NumberBounds, kind: 'integer' | 'decimal') {
    const path = this.path(name);
    if (bounds.min !== undefined) {
      const below = bounds.exclusiveMin ? value <= bounds.min : value < bounds.min;
      if (below) {
        throw this.invalidValue(
          name,
          `Invalid '${path}': ${kind} below minimum value. Expected a value ${bounds.exclusiveMin ? '>' : '>='} ${bounds.min}, but got ${value} instead.`,
          `${kind}_below_min_value`,
        );
      }
    }
    if (bounds.max !== undefined && value > bounds.max) {
      throw this.invalidValue(
        name,
        `Invalid '${path}': ${kind} above maximum value. Expected a value <= ${bounds.max}, but got ${value} instead.`,
        `${kind}_above_max_value`,
      );
    }
  }
}
