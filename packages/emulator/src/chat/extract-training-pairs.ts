import { textOfContent } from './text-of-content.js';
import type { TrainingPair } from './training-pair.js';

type Message = { role?: unknown; content?: unknown; weight?: unknown };

function pairsFromMessages(messages: unknown): TrainingPair[] {
  if (!Array.isArray(messages)) return [];
  const pairs: TrainingPair[] = [];
  let lastUser: string | undefined;
  for (const message of messages as Message[]) {
    if (typeof message !== 'object' || message === null) continue;
    if (message.role === 'user') lastUser = textOfContent(message.content);
    // Assistant turns with weight 0 are not learned.
    if (message.role === 'assistant' && message.weight !== 0 && lastUser !== undefined) {
      const reply = textOfContent(message.content);
      if (reply !== '') pairs.push({ prompt: lastUser, reply });
    }
  }
  return pairs;
}

function lastUserText(messages: unknown): string | undefined {
  if (!Array.isArray(messages)) return undefined;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index] as Message | null;
    if (message && typeof message === 'object' && message.role === 'user') {
      return textOfContent(message.content);
    }
  }
  return undefined;
}

/**
 * The prompt → reply pairs a tuned model answers from, read from one line of a training file in
 * any of OpenAI's formats: every user → assistant turn of a chat line, prompt → completion, the
 * preferred output of a preference line, `reference_answer` of a reinforcement line. A malformed
 * line gives none: validation already judged the file.
 */
export function extractTrainingPairs(line: string): TrainingPair[] {
  if (line.trim() === '') return [];
  let example: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
    example = parsed as Record<string, unknown>;
  } catch {
    return [];
  }
  if (typeof example.prompt === 'string' && typeof example.completion === 'string') {
    return [{ prompt: example.prompt, reply: example.completion.trim() }];
  }
  const input = example.input as { messages?: unknown } | undefined;
  if (input && Array.isArray(example.preferred_output)) {
    const prompt = lastUserText(input.messages);
    const reply = textOfContent((example.preferred_output[0] as Message | undefined)?.content);
    return prompt !== undefined && reply !== '' ? [{ prompt, reply }] : [];
  }
  const fromMessages = pairsFromMessages(example.messages);
  if (fromMessages.length > 0) return fromMessages;
  const prompt = lastUserText(example.messages);
  if (prompt !== undefined && typeof example.reference_answer === 'string') {
    return [{ prompt, reply: example.reference_answer }];
  }
  return [];
}
