import { hash } from 'node:crypto';
import type { DatasetFormat } from '../models/model-catalog.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import type { TokenCounter } from '../tokens/token-encoding.js';
import {
  chatRoles,
  checkMessages,
  type MessageCounts,
  reinforcementRoles,
  tokensForReplyPriming,
} from './check-messages.js';
import { countToolDefinitionTokens } from './count-tool-definition-tokens.js';
import type { EstimatedTokenField } from './dataset-report.js';
import { columnOf, describeJsonSyntaxError } from './describe-json-syntax-error.js';
import { findEstimatedTokenFields } from './find-estimated-token-fields.js';
import { findSecret } from './find-secret.js';
import { findSpecialToken } from './find-special-token.js';
import { findOverflowingNumber, inspectJsonValue, maxJsonDepth } from './inspect-json-value.js';
import { IssueCollector, isPlainObject, showValue } from './issue-collector.js';
import type { JsonlLine } from './read-jsonl-lines.js';
import type { ValidationIssue } from './validation-issue.js';

/** What one line contributes to the dataset's report. */
export interface LineAnalysis {
  readonly lineNumber: number;
  readonly issues: ValidationIssue[];
  /** The line's format, or null when it is not an example (blank, unreadable, not an object). */
  readonly format: DatasetFormat | null;
  readonly messages: number;
  readonly totalTokens: number;
  readonly assistantTokens: number;
  readonly hasSystem: boolean;
  readonly hasUser: boolean;
  /** A digest of the line's text (16 hex digits), to find duplicates and train/validation overlap. */
  readonly digest: string | null;
  /** The parts of the line whose tokens are estimates: its tools definitions, its tool calls. */
  readonly estimatedTokenFields: readonly EstimatedTokenField[];
}

export interface AnalyzeLineOptions {
  readonly counter: TokenCounter;
  /** How a line with `messages` is read: supervised chat, or reinforcement with free grader keys. */
  readonly messagesFormat: 'chat' | 'reinforcement';
}

const chatLineKeys = new Set([
  'messages',
  'tools',
  'functions',
  'parallel_tool_calls',
  'function_call',
]);
const preferenceLineKeys = new Set(['input', 'preferred_output', 'non_preferred_output']);
const preferenceInputKeys = new Set(['messages', 'tools', 'parallel_tool_calls']);

function detectFormat(
  example: Record<string, unknown>,
  messagesFormat: AnalyzeLineOptions['messagesFormat'],
): DatasetFormat | null {
  if ('messages' in example) return messagesFormat;
  if ('preferred_output' in example || 'non_preferred_output' in example || 'input' in example)
    return 'preference';
  if ('prompt' in example || 'completion' in example) return 'prompt-completion';
  return null;
}

function checkToolDefinitions(
  example: Record<string, unknown>,
  collector: IssueCollector,
  counter: TokenCounter,
  pathPrefix = '',
): number {
  let tokens = 0;
  if (example.tools !== undefined) {
    const tools = example.tools;
    if (!Array.isArray(tools)) {
      collector.error(
        'invalid_tools',
        `${pathPrefix}tools`,
        `tools is ${showValue(tools)}, not an array.`,
        'Write tools as [{"type": "function", "function": {"name": "…", "parameters": {…}}}].',
      );
    } else {
      tools.forEach((tool, index) => {
        const fn = isPlainObject(tool) ? tool.function : undefined;
        if (
          !isPlainObject(tool) ||
          tool.type !== 'function' ||
          !isPlainObject(fn) ||
          typeof fn.name !== 'string'
        ) {
          collector.error(
            'invalid_tools',
            `${pathPrefix}tools[${index}]`,
            `Tool ${showValue(tool)} is not a function definition.`,
            'Write {"type": "function", "function": {"name": "…", "description": "…", "parameters": {…}}}.',
          );
        } else if (fn.parameters !== undefined && !isPlainObject(fn.parameters)) {
          collector.error(
            'invalid_tools',
            `${pathPrefix}tools[${index}].function.parameters`,
            `Parameters of ${showValue(fn.name)} are ${showValue(fn.parameters)}.`,
            'Give parameters as a JSON Schema object.',
          );
        }
      });
      tokens += countToolDefinitionTokens(tools, counter);
    }
  }
  if (example.functions !== undefined) {
    const functions = example.functions;
    if (!Array.isArray(functions) || functions.length === 0 || functions.length > 128) {
      collector.error(
        'invalid_functions',
        `${pathPrefix}functions`,
        `functions is ${showValue(functions)}, not a list of 1 to 128 definitions.`,
        'Prefer "tools"; "functions" is deprecated.',
      );
    } else {
      functions.forEach((fn, index) => {
        if (!isPlainObject(fn) || typeof fn.name !== 'string') {
          collector.error(
            'invalid_functions',
            `${pathPrefix}functions[${index}]`,
            `Function ${showValue(fn)} has no name.`,
            'Write {"name": "…", "description": "…", "parameters": {…}}.',
          );
        }
      });
      tokens += countToolDefinitionTokens(functions, counter);
    }
  }
  return tokens;
}

function analyzeChat(
  example: Record<string, unknown>,
  collector: IssueCollector,
  options: AnalyzeLineOptions,
): MessageCounts | undefined {
  const messages = example.messages;
  const reinforcement = options.messagesFormat === 'reinforcement';
  if (!Array.isArray(messages) || messages.length === 0) {
    collector.error(
      'missing_messages_list',
      'messages',
      `messages is ${showValue(messages)}, not a non-empty list.`,
      'Write "messages": [{"role": "user", "content": "…"}, {"role": "assistant", "content": "…"}].',
    );
    return undefined;
  }
  if (!reinforcement) {
    for (const key of Object.keys(example)) {
      if (!chatLineKeys.has(key)) {
        collector.warning(
          'unrecognized_key',
          key,
          `Key ${showValue(key)} is not part of a chat example and is ignored.`,
          'Remove it, or use a reinforcement model (o4-mini) whose graders read extra keys.',
        );
      }
    }
  }
  const counts = checkMessages(messages, {
    collector,
    counter: options.counter,
    roles: reinforcement ? reinforcementRoles : chatRoles,
    path: 'messages',
  });
  if (!reinforcement && !counts.hasAssistant) {
    collector.error(
      'example_missing_assistant_message',
      'messages',
      'Example has no assistant message.',
      'Add the assistant reply the model should learn.',
    );
  }
  counts.tokens +=
    checkToolDefinitions(example, collector, options.counter) + tokensForReplyPriming;
  return counts;
}

function analyzePromptCompletion(
  example: Record<string, unknown>,
  collector: IssueCollector,
  counter: TokenCounter,
): MessageCounts {
  for (const key of ['prompt', 'completion'] as const) {
    if (typeof example[key] !== 'string') {
      collector.error(
        'invalid_prompt_completion',
        key,
        `${key} is ${showValue(example[key])}, not a string.`,
        'Write each line as {"prompt": "…", "completion": "…"}.',
      );
    }
  }
  for (const key of Object.keys(example)) {
    if (key !== 'prompt' && key !== 'completion') {
      collector.warning(
        'unrecognized_key',
        key,
        `Key ${showValue(key)} is not part of a prompt/completion example and is ignored.`,
        'Keep only "prompt" and "completion".',
      );
    }
  }
  const promptTokens = typeof example.prompt === 'string' ? counter.count(example.prompt) : 0;
  const completionTokens =
    typeof example.completion === 'string' ? counter.count(example.completion) : 0;
  if (typeof example.completion === 'string' && example.completion.trim() === '') {
    collector.error(
      'empty_assistant_content',
      'completion',
      'Completion is empty.',
      'Write the completion the model should learn.',
    );
  }
  return {
    messages: 2,
    tokens: promptTokens + completionTokens,
    assistantTokens: completionTokens,
    hasSystem: false,
    hasUser: true,
    hasAssistant: true,
  };
}

function checkPreferenceOutput(
  example: Record<string, unknown>,
  key: string,
  collector: IssueCollector,
  counter: TokenCounter,
): MessageCounts | undefined {
  const output = example[key];
  if (!Array.isArray(output) || output.length !== 1) {
    collector.error(
      'invalid_preference_output',
      key,
      `${key} is ${showValue(output)}, not a list of exactly one assistant message.`,
      `Write "${key}": [{"role": "assistant", "content": "…"}].`,
    );
    return undefined;
  }
  const counts = checkMessages(output, {
    collector,
    counter,
    roles: new Set(['assistant']),
    path: key,
  });
  if (!counts.hasAssistant) {
    collector.error(
      'invalid_preference_output',
      `${key}[0].role`,
      `${key} must hold an assistant message.`,
      'Set "role": "assistant".',
    );
  }
  return counts;
}

function analyzePreference(
  example: Record<string, unknown>,
  collector: IssueCollector,
  counter: TokenCounter,
): MessageCounts | undefined {
  for (const key of Object.keys(example)) {
    if (!preferenceLineKeys.has(key)) {
      collector.warning(
        'unrecognized_key',
        key,
        `Key ${showValue(key)} is not part of a preference example and is ignored.`,
        'Keep only "input", "preferred_output" and "non_preferred_output".',
      );
    }
  }
  const input = example.input;
  let inputCounts: MessageCounts | undefined;
  if (!isPlainObject(input) || !Array.isArray(input.messages) || input.messages.length === 0) {
    collector.error(
      'invalid_preference_input',
      'input',
      `input is ${showValue(input)}, not {"messages": [...]}.`,
      'Write "input": {"messages": [{"role": "user", "content": "…"}]}.',
    );
  } else {
    for (const key of Object.keys(input)) {
      if (!preferenceInputKeys.has(key)) {
        collector.warning(
          'unrecognized_key',
          `input.${key}`,
          `Key ${showValue(key)} is not part of a preference input and is ignored.`,
          'Keep only "messages", "tools" and "parallel_tool_calls".',
        );
      }
    }
    inputCounts = checkMessages(input.messages, {
      collector,
      counter,
      roles: chatRoles,
      path: 'input.messages',
    });
    inputCounts.tokens += checkToolDefinitions(input, collector, counter, 'input.');
  }
  const preferred = checkPreferenceOutput(example, 'preferred_output', collector, counter);
  const nonPreferred = checkPreferenceOutput(example, 'non_preferred_output', collector, counter);
  if (!inputCounts) return undefined;
  // Both replies are read in training, so both count; the preferred one is the assistant's answer.
  return {
    messages: inputCounts.messages + 1,
    tokens:
      inputCounts.tokens +
      (preferred?.tokens ?? 0) +
      (nonPreferred?.tokens ?? 0) +
      tokensForReplyPriming,
    assistantTokens: preferred?.assistantTokens ?? 0,
    hasSystem: inputCounts.hasSystem,
    hasUser: inputCounts.hasUser,
    hasAssistant: true,
  };
}

/** 64 bits of the line's SHA-1, as 16 hex digits: collisions are negligible in billions of lines. */
function digestOf(text: string): string {
  // One-shot hashing: a Hash object per line would hold native memory until the next full GC.
  return hash('sha1', text.trim(), 'hex').slice(0, 16);
}

function firstNonBlank(text: string): number {
  let index = 0;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  return index;
}

function lastNonBlank(text: string): number {
  let index = text.length - 1;
  while (index > 0 && isBlank(text.charCodeAt(index))) index--;
  return index;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

function notAnExample(lineNumber: number, issues: ValidationIssue[]): LineAnalysis {
  return {
    lineNumber,
    issues,
    format: null,
    messages: 0,
    totalTokens: 0,
    assistantTokens: 0,
    hasSystem: false,
    hasUser: false,
    digest: null,
    estimatedTokenFields: [],
  };
}

/**
 * Checks one line of a dataset and counts its tokens. Pure and synchronous, so it runs the same in
 * the main thread or a worker.
 */
export function analyzeLine(line: JsonlLine, options: AnalyzeLineOptions): LineAnalysis {
  try {
    return analyzeLineUnguarded(line, options);
  } catch (error) {
    // Checks walk values recursively: one line that still overflows the stack is that line's problem.
    if (!(error instanceof RangeError)) throw error;
    return notAnExample(line.lineNumber, [
      {
        severity: 'error',
        code: 'too_deeply_nested',
        line: line.lineNumber,
        message: 'Line is nested too deeply to check.',
        hint: 'No fine-tuning example needs this nesting; check how the line was generated.',
      },
    ]);
  }
}

function analyzeLineUnguarded(line: JsonlLine, options: AnalyzeLineOptions): LineAnalysis {
  const collector = new IssueCollector(line.lineNumber);
  if (line.kind === 'bad_encoding') {
    collector.issues.push({
      severity: 'error',
      code: 'invalid_encoding',
      message: line.problem.message,
      hint: line.problem.hint,
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (line.kind === 'invalid_utf8') {
    collector.issues.push({
      severity: 'error',
      code: 'invalid_utf8',
      line: line.lineNumber,
      column: line.column,
      message: `Line is not valid UTF-8 at column ${line.column}: the file, or this line, was saved in another encoding (often Windows-1252 or Latin-1).`,
      hint: 'Save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.jsonl > out.jsonl.',
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (line.kind === 'too_long') {
    collector.error(
      'line_too_long',
      undefined,
      `Line is ${line.byteLength} bytes long, more than Tuneline reads in one line.`,
      'Put one example per line; check for a missing newline between examples.',
    );
    return notAnExample(line.lineNumber, collector.issues);
  }
  const text = line.text;
  if (text.trim() === '') {
    collector.warning(
      'blank_line',
      undefined,
      'Line is blank.',
      'Remove blank lines; OpenAI expects one example on every line.',
    );
    return notAnExample(line.lineNumber, collector.issues);
  }
  let example: unknown;
  let parsed = false;
  let parseError: unknown;
  // An object cut short (the usual broken line) cannot parse: skip the costly throw and catch.
  if (
    text.charCodeAt(firstNonBlank(text)) !== 0x7b ||
    text.charCodeAt(lastNonBlank(text)) === 0x7d
  ) {
    // A file of broken lines throws once per line: without stack traces, each throw costs less.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      example = JSON.parse(text);
      parsed = true;
    } catch (error) {
      parseError = error;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
  if (!parsed) {
    const { column, reason, fromParser } = describeJsonSyntaxError(text, parseError);
    const message = `Invalid JSON at column ${column}: ${reason}.`;
    collector.issues.push({
      severity: 'error',
      code: 'invalid_json',
      line: line.lineNumber,
      column,
      // V8's own messages quote the line, which may hold anything.
      message: fromParser ? message : redactSecrets(message),
      hint: 'Each line must be one complete JSON object.',
    });
    return notAnExample(line.lineNumber, collector.issues);
  }
  const shape = inspectJsonValue(example);
  if (shape.tooDeep) {
    collector.error(
      'too_deeply_nested',
      undefined,
      `Line nests arrays or objects more than ${maxJsonDepth} levels deep.`,
      'No fine-tuning example needs this nesting; check how the line was generated.',
    );
    return notAnExample(line.lineNumber, collector.issues);
  }
  if (shape.hasNonFiniteNumber) {
    const overflow = findOverflowingNumber(text);
    const literal = overflow?.literal ?? '';
    const shown =
      literal.length > 24 ? `${literal.slice(0, 12)}…(${literal.length} characters)` : literal;
    const column = overflow === undefined ? undefined : columnOf(text, overflow.offset);
    collector.issues.push({
      severity: 'error',
      code: 'number_out_of_range',
      line: line.lineNumber,
      ...(column === undefined ? {} : { column }),
      message: `Number ${shown}${column === undefined ? '' : ` at column ${column}`} is too large to represent: it overflows to infinity.`,
      hint: 'Write numbers within ±1.8e308; OpenAI cannot read larger ones either.',
    });
  }
  if (!isPlainObject(example)) {
    collector.error(
      'data_type',
      undefined,
      `Line is ${Array.isArray(example) ? 'an array' : showValue(example)}, not a JSON object.`,
      'Write each example as a JSON object, such as {"messages": [...]}.',
    );
    return notAnExample(line.lineNumber, collector.issues);
  }
  const format = detectFormat(example, options.messagesFormat);
  let counts: MessageCounts | undefined;
  if (format === null) {
    // The cookbook's name for a line that is an object but holds no "messages" list.
    collector.error(
      'missing_messages_list',
      undefined,
      `Line has no "messages" list (its keys: ${showValue(Object.keys(example))}).`,
      'Write {"messages": [...]} (chat); other formats: {"prompt", "completion"} (babbage-002/davinci-002) or {"input", "preferred_output", "non_preferred_output"} (DPO).',
    );
  } else if (format === 'chat' || format === 'reinforcement') {
    counts = analyzeChat(example, collector, options);
  } else if (format === 'prompt-completion') {
    counts = analyzePromptCompletion(example, collector, options.counter);
  } else {
    counts = analyzePreference(example, collector, options.counter);
  }
  if (text.includes('<|')) {
    const special = findSpecialToken(example);
    if (special) {
      collector.error(
        'special_token',
        special.path,
        `Text contains the special token ${special.token}; OpenAI fails the whole job on it.`,
        'Remove it or break it up (for example "< |endoftext| >").',
      );
    }
  }
  const secret = findSecret(text);
  if (secret) {
    collector.warning(
      'possible_secret',
      undefined,
      `Line contains what looks like ${secret}.`,
      'Remove or redact it: a tuned model can repeat its training data word for word.',
    );
  }
  return {
    lineNumber: line.lineNumber,
    issues: collector.issues,
    format,
    messages: counts?.messages ?? 0,
    totalTokens: counts?.tokens ?? 0,
    assistantTokens: counts?.assistantTokens ?? 0,
    hasSystem: counts?.hasSystem ?? false,
    hasUser: counts?.hasUser ?? false,
    digest: digestOf(text),
    estimatedTokenFields: findEstimatedTokenFields(example),
  };
}
