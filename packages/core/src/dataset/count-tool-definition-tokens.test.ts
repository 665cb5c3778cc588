import { describe, expect, it } from 'vitest';
import { createTiktokenCounter } from '../tokens/create-tiktoken-counter.fixture.js';
import { createTokenCounter } from '../tokens/create-token-counter.js';
import type { TokenCounter } from '../tokens/token-encoding.js';
import { countToolDefinitionTokens } from './count-tool-definition-tokens.js';

/** The cookbook's example ("How to count tokens with tiktoken", num_tokens_for_tools). */
const weatherTools = [
  {
    type: 'function',
    function: {
      name: 'get_current_weather',
      description: 'Get the current weather in a given location',
      parameters: {
        type: 'object',
        properties: {
          location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
          unit: {
            type: 'string',
            description: 'The unit of temperature to return',
            enum: ['celsius', 'fahrenheit'],
          },
        },
        required: ['location'],
      },
    },
  },
];
const weatherMessages = [
  {
    role: 'system',
    content: 'You are a helpful assistant that can answer to questions about the weather.',
  },
  { role: 'user', content: "What's the weather like in San Francisco?" },
];

/** The cookbook's `num_tokens_from_messages`: 3 per message, every value, 3 to prime the reply. */
function messageTokens(counter: TokenCounter): number {
  let tokens = 3;
  for (const message of weatherMessages) {
    tokens += 3 + counter.count(message.role) + counter.count(message.content);
  }
  return tokens;
}

function weatherFunction(overrides: Record<string, unknown>) {
  return [{ type: 'function', function: { ...weatherTools[0]?.function, ...overrides } }];
}

describe('countToolDefinitionTokens', () => {
  // The cookbook checks these totals against the API's usage: 105 for gpt-3.5-turbo and gpt-4,
  // 101 for gpt-4o and gpt-4o-mini.
  it.each([
    ['cl100k_base', 105],
    ['o200k_base', 101],
  ] as const)("gives the cookbook's total for its weather example in %s", (encoding, total) => {
    const counter = createTokenCounter(encoding);
    expect(messageTokens(counter) + countToolDefinitionTokens(weatherTools, counter)).toBe(total);
    const reference = createTiktokenCounter(encoding);
    expect(messageTokens(reference) + countToolDefinitionTokens(weatherTools, reference)).toBe(
      total,
    );
  });

  const counter = createTokenCounter('o200k_base');
  const weather = countToolDefinitionTokens(weatherTools, counter);

  it('counts a legacy functions entry as the same function inside tools', () => {
    expect(countToolDefinitionTokens([weatherTools[0]?.function], counter)).toBe(weather);
  });

  it('drops one final period from descriptions, as the recipe does', () => {
    const withPeriod = weatherFunction({
      description: 'Get the current weather in a given location.',
    });
    expect(countToolDefinitionTokens(withPeriod, counter)).toBe(weather);
  });

  it('adds a fixed cost and the tokens of each further function, then one list end', () => {
    const other = { type: 'function', function: { name: 'ping', description: 'Check' } };
    const pingAlone = countToolDefinitionTokens([other], counter);
    expect(pingAlone).toBe(7 + counter.count('ping:Check') + 12);
    expect(countToolDefinitionTokens([...weatherTools, other], counter)).toBe(
      weather + pingAlone - 12,
    );
  });

  it('counts each enum value with its fixed cost', () => {
    const parameters = structuredClone(weatherTools[0]?.function.parameters) as {
      properties: { unit: { enum: string[] } };
    };
    parameters.properties.unit.enum.push('kelvin');
    const withKelvin = countToolDefinitionTokens(weatherFunction({ parameters }), counter);
    expect(withKelvin).toBe(weather + 3 + counter.count('kelvin'));
  });

  it('counts the properties of nested objects and array items, which the recipe leaves out', () => {
    const nested = {
      type: 'object',
      properties: {
        stops: {
          type: 'array',
          description: 'Stops on the way',
          items: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    };
    const flat = { type: 'object', properties: { stops: nested.properties.stops } };
    const flatTokens = countToolDefinitionTokens(weatherFunction({ parameters: flat }), counter);
    const nestedTokens = countToolDefinitionTokens(
      weatherFunction({ parameters: nested }),
      counter,
    );
    expect(nestedTokens).toBe(flatTokens);
    const withoutItems = {
      type: 'object',
      properties: { stops: { type: 'array', description: 'Stops on the way' } },
    };
    expect(
      flatTokens -
        countToolDefinitionTokens(weatherFunction({ parameters: withoutItems }), counter),
    ).toBe(3 + 3 + counter.count('city:string:'));
  });

  it('counts a function without description or parameters by its name', () => {
    expect(countToolDefinitionTokens([{ name: 'noop' }], counter)).toBe(
      7 + counter.count('noop:') + 12,
    );
  });

  it('adds nothing for an empty list or entries that are not functions', () => {
    expect(countToolDefinitionTokens([], counter)).toBe(0);
    expect(countToolDefinitionTokens([null, 'x', { type: 'function' }], counter)).toBe(0);
  });

  it('uses the gpt-3.5-turbo and gpt-4 constants for cl100k_base', () => {
    const cl100k = createTokenCounter('cl100k_base');
    expect(countToolDefinitionTokens([{ name: 'noop' }], cl100k)).toBe(
      10 + cl100k.count('noop:') + 12,
    );
  });
});
