import type { TokenCounter, TokenEncodingName } from '../tokens/token-encoding.js';
import { isPlainObject } from './issue-collector.js';

/**
 * The constants of OpenAI's published recipe for the tokens of function definitions
 * (`num_tokens_for_tools` in the cookbook's "How to count tokens with tiktoken", checked
 * 2026-11-29), per model family: gpt-4o and gpt-4o-mini for o200k_base, gpt-3.5-turbo and gpt-4 for
 * cl100k_base. The recipe was fitted to the API's usage figures, so its counts are estimates.
 */
const recipe: Record<TokenEncodingName, RecipeConstants> = {
  o200k_base: {
    functionStart: 7,
    propertiesStart: 3,
    property: 3,
    enumStart: -3,
    enumItem: 3,
    functionsEnd: 12,
  },
  cl100k_base: {
    functionStart: 10,
    propertiesStart: 3,
    property: 3,
    enumStart: -3,
    enumItem: 3,
    functionsEnd: 12,
  },
};

interface RecipeConstants {
  readonly functionStart: number;
  readonly propertiesStart: number;
  readonly property: number;
  readonly enumStart: number;
  readonly enumItem: number;
  readonly functionsEnd: number;
}

/** Nested schemas deeper than this add nothing: no real tool nests so far, and recursion stays bounded. */
const maxSchemaDepth = 32;

function withoutFinalPeriod(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

function textOf(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The function of a `tools` entry (`{type: "function", function: {…}}`) or a legacy `functions` entry. */
function functionOf(definition: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(definition)) return undefined;
  const wrapped = definition.function;
  const fn = isPlainObject(wrapped) ? wrapped : definition;
  return typeof fn.name === 'string' ? fn : undefined;
}

function countProperties(
  schema: unknown,
  constants: RecipeConstants,
  counter: TokenCounter,
  depth: number,
): number {
  if (depth > maxSchemaDepth || !isPlainObject(schema) || !isPlainObject(schema.properties)) {
    return 0;
  }
  const properties = schema.properties;
  const names = Object.keys(properties);
  if (names.length === 0) return 0;
  let tokens = constants.propertiesStart;
  for (const name of names) {
    const value = properties[name];
    const property = isPlainObject(value) ? value : {};
    tokens += constants.property;
    if (Array.isArray(property.enum)) {
      tokens += constants.enumStart;
      for (const item of property.enum) tokens += constants.enumItem + counter.count(textOf(item));
    }
    const description = withoutFinalPeriod(property.description);
    tokens += counter.count(`${name}:${textOf(property.type)}:${description}`);
    // The recipe stops at the top level; nested objects' properties are counted the same way.
    tokens += countProperties(property, constants, counter, depth + 1);
    tokens += countProperties(property.items, constants, counter, depth + 1);
  }
  return tokens;
}

/**
 * Estimates the prompt tokens of a line's `tools` (or legacy `functions`) by OpenAI's published
 * recipe: per function a fixed start plus the tokens of `name:description`, per parameter a fixed
 * cost plus `name:type:description` and its enum values, and a fixed end for the list. Entries that
 * are not function definitions add nothing (they are reported as errors).
 *
 * @example
 * countToolDefinitionTokens([{ type: 'function', function: { name: 'get_weather', … } }], counter);
 */
export function countToolDefinitionTokens(
  definitions: readonly unknown[],
  counter: TokenCounter,
): number {
  const constants = recipe[counter.encoding];
  let tokens = 0;
  let functions = 0;
  for (const definition of definitions) {
    const fn = functionOf(definition);
    if (fn === undefined) continue;
    functions += 1;
    tokens += constants.functionStart;
    tokens += counter.count(`${fn.name}:${withoutFinalPeriod(fn.description)}`);
    tokens += countProperties(fn.parameters, constants, counter, 0);
  }
  return functions === 0 ? 0 : tokens + constants.functionsEnd;
}
