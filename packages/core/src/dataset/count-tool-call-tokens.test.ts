import { describe, expect, it } from 'vitest';
import { createTokenCounter } from '../tokens/create-token-counter.js';
import { countToolCallTokens } from './count-tool-call-tokens.js';

const counter = createTokenCounter('o200k_base');
const argumentsText = '{"location": "Paris, France", "unit": "celsius"}';
const call = {
  id: 'call_0123456789abcdef',
  type: 'function',
  function: { name: 'get_current_weather', arguments: argumentsText },
};

describe('countToolCallTokens', () => {
  it("counts a call as a message's framing, the function's name and its arguments", () => {
    expect(countToolCallTokens([call], counter)).toBe(
      3 + counter.count('get_current_weather') + counter.count(argumentsText),
    );
  });

  it('leaves out the id and type, which the model does not write', () => {
    const otherId = { ...call, id: 'call_a_much_longer_identifier_than_before_1234567890' };
    expect(countToolCallTokens([otherId], counter)).toBe(countToolCallTokens([call], counter));
  });

  it('counts parallel calls one by one', () => {
    expect(countToolCallTokens([call, call], counter)).toBe(
      2 * countToolCallTokens([call], counter),
    );
  });

  it('counts a legacy function_call as one call', () => {
    expect(countToolCallTokens(call.function, counter)).toBe(countToolCallTokens([call], counter));
  });

  it('counts malformed calls by their JSON text rather than not at all', () => {
    expect(countToolCallTokens(['oops'], counter)).toBe(counter.count('"oops"'));
    expect(countToolCallTokens([{ function: { name: 'f', arguments: { a: 1 } } }], counter)).toBe(
      3 + counter.count('f') + counter.count('{"a":1}'),
    );
  });
});
