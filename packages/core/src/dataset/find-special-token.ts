import { isPlainObject } from './issue-collector.js';

/**
 * Special-token text OpenAI rejects inside training data: a job whose file holds any of these fails
 * as a whole ("…contains an invalid token: <|fim_suffix|>").
 */
export const specialTokenPattern =
  /<\|(?:endoftext|fim_prefix|fim_middle|fim_suffix|endofprompt|im_start|im_end|im_sep)\|>/;

/** The JSON path and token of the first string value holding special-token text, if any. */
export function findSpecialToken(
  value: unknown,
  path = '',
): { path: string; token: string } | undefined {
  if (typeof value === 'string') {
    const match = specialTokenPattern.exec(value);
    return match ? { path, token: match[0] } : undefined;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findSpecialToken(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const keyMatch = specialTokenPattern.exec(key);
      if (keyMatch) return { path: path === '' ? key : `${path}.${key}`, token: keyMatch[0] };
      const found = findSpecialToken(value[key], path === '' ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
