import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { z } from 'zod';
import { redactSecrets } from '../redaction/redact-secrets.js';
import { allowedConfigFields } from './allowed-config-fields.js';
import { closestName } from './closest-name.js';
import type { ConfigIssue, ConfigIssueCode } from './config-issue.js';
import { describeConfigPath } from './describe-config-path.js';
import {
  datasetNamePattern,
  type RepositoryConfig,
  repositoryConfigSchema,
} from './repository-config.js';
import { createRepositoryConfigJsonSchema } from './repository-config-json-schema.js';

export type RepositoryConfigResult =
  | { readonly ok: true; readonly value: RepositoryConfig }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

type Segment = string | number;

const typeNames: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The node at the path, or the nearest ancestor that exists. */
function nearestNode(root: Node | undefined, path: readonly Segment[]): Node | undefined {
  if (root === undefined) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length) as Segment[]);
    if (node !== undefined) return node;
  }
  return root;
}

function valueAt(value: unknown, path: readonly Segment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function sizeRequirement(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound =
    issue.inclusive === false
      ? small
        ? 'more than'
        : 'less than'
      : small
        ? 'at least'
        : 'at most';
  if (issue.origin === 'string') return `must be ${bound} ${limit} characters long`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return `must have ${bound} ${limit} items`;
  return `must be ${bound} ${limit}`;
}

/** What the value must be, as a phrase that follows the field path. */
function requirement(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_big':
    case 'too_small':
      return sizeRequirement(issue);
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => describeValue(value)).join(', ')}`;
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      if (options !== undefined && options.length > 0) {
        return `must be one of ${options.map((option) => describeValue(option)).join(', ')}`;
      }
      return issue.message;
    }
    case 'invalid_key':
      return issue.issues[0]?.message ?? issue.message;
    default:
      return issue.message;
  }
}

function splitHint(phrase: string): { detail: string; fix: string | undefined } {
  const separator = phrase.indexOf('; ');
  if (separator === -1) return { detail: phrase, fix: undefined };
  const fix = phrase.slice(separator + 2);
  return {
    detail: phrase.slice(0, separator),
    fix: `${fix[0]?.toUpperCase() ?? ''}${fix.slice(1)}.`,
  };
}

function toIssues(options: {
  issue: z.core.$ZodIssue;
  file: string;
  text: string;
  root: Node | undefined;
  value: unknown;
  jsonSchema: Record<string, unknown>;
}): ConfigIssue[] {
  const { issue, file, text, root, value } = options;
  const path = issue.path.filter((segment) => typeof segment !== 'symbol') as Segment[];
  const locate = (
    at: readonly Segment[],
    keyOf = false,
  ): { line: number | null; column: number | null } => {
    const node = nearestNode(root, at);
    const target = keyOf && node?.parent?.type === 'property' ? node.parent : node;
    return target === undefined ? { line: null, column: null } : lineAndColumn(text, target.offset);
  };
  const make = (
    code: ConfigIssueCode,
    at: readonly Segment[],
    detail: string,
    hint: string,
    keyOf = false,
  ) => {
    const where = locate(at, keyOf);
    const pathText = describeConfigPath(at) || '(top level)';
    const position = where.line === null ? '' : `:${where.line}:${where.column}`;
    return {
      code,
      file,
      path: describeConfigPath(at),
      line: where.line,
      column: where.column,
      // Values quoted from the file may be anything, a pasted key included.
      message: redactSecrets(`${file}${position}: ${pathText} ${detail}.`),
      hint: redactSecrets(hint),
    };
  };

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedConfigFields({ jsonSchema: options.jsonSchema, path });
    return issue.keys.map((key) => {
      const suggestion = closestName(key, allowed);
      const rename = suggestion === undefined ? '' : `, or rename it to "${suggestion}"`;
      const list = allowed.length === 0 ? '' : ` Fields allowed here: ${allowed.join(', ')}.`;
      return make(
        'unknown_field',
        [...path, key],
        'is not a Tuneline setting',
        `Remove "${key}"${rename}.${list}`,
        true,
      );
    });
  }
  const actual = valueAt(value, path);
  if (issue.code === 'invalid_type' && actual === undefined) {
    const field = path[path.length - 1];
    const parent = path.slice(0, -1);
    const expected = typeNames[issue.expected] ?? issue.expected;
    return [
      make(
        'missing_field',
        path,
        'is missing',
        `Add "${String(field)}" (${expected}) to ${describeConfigPath(parent) || 'the top level'}.`,
      ),
    ];
  }
  if (issue.code === 'invalid_key' && path[0] === 'datasets' && path.length === 2) {
    const name = String(path[1]);
    const suggestion = suggestName(name);
    const reason =
      name === ''
        ? 'is empty'
        : name.length > 64
          ? `is ${name.length} characters long`
          : /^[^A-Za-z0-9]/.test(name)
            ? 'does not start with a letter or digit'
            : 'holds characters other than letters, digits, ".", "_" and "-"';
    const where = locate(path, true);
    return [
      {
        code: 'invalid_name',
        file,
        path: describeConfigPath(path),
        line: where.line,
        column: where.column,
        message: redactSecrets(
          `${file}${where.line === null ? '' : `:${where.line}:${where.column}`}: dataset name ${describeValue(name)} is not a valid name: it ${reason}.`,
        ),
        hint: `Rename it${suggestion === undefined ? '' : ` (for example to "${redactSecrets(suggestion)}")`}: names go into job metadata and model suffixes, so they are 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
      },
    ];
  }
  const { detail, fix } = splitHint(requirement(issue));
  const pathText = describeConfigPath(path) || 'the file';
  const shown =
    issue.code === 'invalid_key' ? describeValue(path[path.length - 1]) : describeValue(actual);
  const hint =
    fix ??
    `Set ${pathText} to a value that ${detail.replace(/^must be /, 'is ').replace(/^must /, '')}.`;
  return [
    make('invalid_value', path, `${detail} (got ${shown})`, hint, issue.code === 'invalid_key'),
  ];
}

/** What makes the whole file unreadable as UTF-8 JSON, said once rather than as syntax errors. */
function describeEncodingProblem(text: string): { problem: string; hint: string } | undefined {
  if (text.startsWith('\uFEFF')) {
    return {
      problem: 'starts with a byte order mark (BOM), which JSON does not allow',
      hint: 'Save tuneline.json as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, "Save with Encoding", "UTF-8").',
    };
  }
  // Read as UTF-8, a UTF-16 file shows its byte order mark as two replacement characters and
  // its ASCII as characters separated by NULs.
  if (text.startsWith('\uFFFD\uFFFD') || text.includes('\u0000')) {
    return {
      problem: 'is saved as UTF-16, not UTF-8',
      hint: 'Save tuneline.json as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 tuneline.json > tuneline.utf8.json, then rename it.',
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      problem: 'is not valid UTF-8',
      hint: 'Save tuneline.json as UTF-8.',
    };
  }
  return undefined;
}

/** A name made valid, to suggest: "my dataset!" → "my-dataset". */
function suggestName(name: string): string | undefined {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 64);
  return datasetNamePattern.test(cleaned) ? cleaned : undefined;
}

/**
 * Checks the text of a tuneline.json: every problem is reported, each naming the file, the line,
 * the field path and the fix.
 * @example parseRepositoryConfig({ text: '{"datasets": {}}', file: 'tuneline.json' })
 */
export function parseRepositoryConfig(options: {
  text: string;
  file: string;
}): RepositoryConfigResult {
  const { text, file } = options;
  const encoding = describeEncodingProblem(text);
  if (encoding !== undefined) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_encoding',
          file,
          path: '',
          line: 1,
          column: 1,
          message: `${file}: ${encoding.problem}.`,
          hint: encoding.hint,
        },
      ],
    };
  }
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length > 0 || root === undefined) {
    const errors = syntaxErrors.length > 0 ? syntaxErrors : [{ error: 0, offset: 0, length: 0 }];
    return {
      ok: false,
      issues: errors.map((error) => {
        const { line, column } = lineAndColumn(text, error.offset);
        const reason = syntaxErrors.length > 0 ? printParseErrorCode(error.error) : 'empty file';
        return {
          code: 'invalid_json' as const,
          file,
          path: '',
          line,
          column,
          message: `${file}:${line}:${column}: is not valid JSON (${reason}).`,
          hint: 'Fix the JSON at this position; tuneline.json is plain JSON, without comments or trailing commas.',
        };
      }),
    };
  }
  const value: unknown = JSON.parse(text);
  const result = repositoryConfigSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const jsonSchema = createRepositoryConfigJsonSchema();
  return {
    ok: false,
    issues: result.error.issues.flatMap((issue) =>
      toIssues({ issue, file, text, root, value, jsonSchema }),
    ),
  };
}
