import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/** OpenAI's published spec, shared by every package's fixtures. */
const specPath = fileURLToPath(
  new URL('../../../../fixtures/openai/openapi.yaml', import.meta.url),
);

/** Where the spec's schemas, read and normalized once, are kept between test files and runs. */
const cacheDirectory = fileURLToPath(
  new URL('../../../../node_modules/.cache/tuneline/', import.meta.url),
);

type SchemaNode = Record<string, unknown>;

/**
 * Turns the spec's OpenAPI 3.0 leftovers into plain JSON Schema, which it mixes with 3.1:
 * `nullable: true` becomes `anyOf [schema, null]` and a boolean `exclusiveMinimum`/`Maximum`
 * becomes the numeric form. `additionalProperties: false` is dropped: the live API adds fields,
 * and the emulator may too.
 */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (typeof node !== 'object' || node === null) return node;
  const schema: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    schema[key] = normalize(value);
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    schema.exclusiveMinimum = schema.minimum;
    delete schema.minimum;
  } else if (typeof schema.exclusiveMinimum === 'boolean') {
    delete schema.exclusiveMinimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    schema.exclusiveMaximum = schema.maximum;
    delete schema.maximum;
  } else if (typeof schema.exclusiveMaximum === 'boolean') {
    delete schema.exclusiveMaximum;
  }
  if (schema.additionalProperties === false) delete schema.additionalProperties;
  if (schema.nullable === true) {
    delete schema.nullable;
    const { description, ...rest } = schema;
    return {
      ...(description === undefined ? {} : { description }),
      anyOf: [rest, { type: 'null' }],
    };
  }
  delete schema.nullable;
  return schema;
}

/**
 * Where the emulator knowingly departs from the spec's letter, each because the live API does:
 * `paused` is what `POST …/pause` answers (the spec's own example) though the status enum omits
 * it; an empty file list has `first_id`/`last_id` null, which the spec types as string.
 */
function relax(schemas: Record<string, SchemaNode>): void {
  const job = schemas.FineTuningJob as { properties: { status: { enum: string[] } } };
  job.properties.status.enum.push('paused');
  const files = schemas.ListFilesResponse as { properties: Record<string, unknown> };
  for (const name of ['first_id', 'last_id']) {
    files.properties[name] = { anyOf: [files.properties[name], { type: 'null' }] };
  }
}

/**
 * The spec's component schemas as plain JSON Schema. Parsing the 3 MB YAML takes seconds, so the
 * result is cached in a file named by the spec's hash: the first caller (the test run's global
 * setup) writes it, every test file after reads it in milliseconds.
 */
export function loadOpenAISchemas(): Record<string, SchemaNode> {
  const text = readFileSync(specPath, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex');
  // Bump the version when normalize or relax change what they make of the spec.
  const cachePath = join(cacheDirectory, `openai-schemas-v1-${hash.slice(0, 16)}.json`);
  if (existsSync(cachePath)) {
    return JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, SchemaNode>;
  }
  const spec = parse(text, { maxAliasCount: -1 }) as {
    components: { schemas: Record<string, unknown> };
  };
  const schemas = normalize(spec.components.schemas) as Record<string, SchemaNode>;
  relax(schemas);
  mkdirSync(cacheDirectory, { recursive: true });
  // Written whole, then renamed: a test file reading at the same time never sees half of it.
  const partial = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(schemas));
  renameSync(partial, cachePath);
  return schemas;
}

let ajv: Ajv | undefined;

function loadAjv(): Ajv {
  if (ajv) return ajv;
  const schemas = loadOpenAISchemas();
  // ajv-formats is CommonJS: under ESM its plugin is the `default` of the imported module.
  const addFormats = addFormatsModule.default;
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('unixtime', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value),
  });
  ajv.addSchema({ $id: 'openai', components: { schemas } });
  return ajv;
}

const validators = new Map<string, ValidateFunction>();

/**
 * Checks a response body against `#/components/schemas/<name>` of OpenAI's OpenAPI spec; returns
 * the problems, empty when the body conforms.
 * @example expect(schemaErrors('FineTuningJob', job)).toEqual([]);
 */
export function schemaErrors(name: string, body: unknown): string[] {
  let validate = validators.get(name);
  if (!validate) {
    const compiled = loadAjv().getSchema(`openai#/components/schemas/${name}`);
    if (!compiled) throw new Error(`The spec has no schema ${name}.`);
    validate = compiled;
    validators.set(name, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/** The JSON body exactly as the server sent it, for an SDK call that would otherwise parse it into a page. */
export async function rawBody(request: { asResponse(): Promise<Response> }): Promise<unknown> {
  return (await request.asResponse()).json();
}
