import { createInterface } from 'node:readline';
import type OpenAI from 'openai';
import type { ChatAnswer } from '../../chat/chat-message.js';
import {
  type ChatConversation,
  createChatConversation,
} from '../../chat/create-chat-conversation.js';
import { streamChatAnswer } from '../../chat/stream-chat-answer.js';
import { type CliInput, type CliIo, exitCodes } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { parseCommandLine } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const chatUsage =
  'tuneline chat --model <id> [--message <text>] [--compare <model>] [--system <text>] [--json]';

const helpText = `Usage: npx ${chatUsage}

Chat with a model, fine-tuned or not. Without --message, questions are read line by line from
standard input and the conversation so far is the context of each question.

Options:
  -m, --model <id>       the model to ask, e.g. ft:gpt-4o-mini-2024-07-18:acme:support:abc123
  --message <text>       ask one question, print the answer and exit
  --compare <model>      also ask this model (e.g. the base model) and print both answers
  --system <text>        a system message to start the conversation with
  --json                 with --message: print one JSON object instead of streaming text

In the chat: /reset forgets the conversation, /exit (or end of input) ends it.
`;

const options = {
  model: { type: 'string', short: 'm' },
  message: { type: 'string' },
  compare: { type: 'string' },
  system: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Asks `question` after the conversation so far and keeps both turns, unless the call fails. */
async function ask(options: {
  client: OpenAI;
  conversation: ChatConversation;
  question: string;
  onText?: (text: string) => void;
}): Promise<ChatAnswer> {
  const { conversation } = options;
  const result = await streamChatAnswer({
    client: options.client,
    model: conversation.model,
    messages: [...conversation.messagesForRequest(), { role: 'user', content: options.question }],
    onText: options.onText,
  });
  conversation.append({ role: 'user', content: options.question });
  conversation.append({ role: 'assistant', content: result.answer });
  return result;
}

/** Asks every conversation the question in turn, streaming each answer to stdout. */
async function askAll(options: {
  client: OpenAI;
  conversations: readonly ChatConversation[];
  question: string;
  io: CliIo;
}): Promise<void> {
  const { conversations, question, io } = options;
  const labelled = conversations.length > 1;
  for (const conversation of conversations) {
    if (labelled) io.stdout.write(`assistant (${conversation.model})> `);
    let lineOpen = labelled;
    try {
      const { answer, finishReason } = await ask({
        client: options.client,
        conversation,
        question,
        onText(text) {
          io.stdout.write(text);
          lineOpen = !text.endsWith('\n');
        },
      });
      // Models can finish without a word: say so rather than print an empty line in silence.
      if (answer === '') {
        io.stderr.write(
          `(${conversation.model} answered with no text; finish reason: ${finishReason ?? 'none'})\n`,
        );
      }
    } finally {
      // A failure mid-answer must not glue the error message to the half-printed line.
      if (lineOpen) io.stdout.write('\n');
    }
  }
}

async function answerOnce(options: {
  client: OpenAI;
  tuned: ChatConversation;
  compared: ChatConversation | undefined;
  question: string;
  json: boolean;
  io: CliIo;
}): Promise<void> {
  const { tuned, compared, question, io } = options;
  if (!options.json) {
    const conversations = compared === undefined ? [tuned] : [tuned, compared];
    await askAll({ client: options.client, conversations, question, io });
    return;
  }
  const conversationAnswer = async (conversation: ChatConversation) => {
    const { answer, usage } = await ask({ client: options.client, conversation, question });
    return { model: conversation.model, answer, usage };
  };
  const { answer, usage } = await conversationAnswer(tuned);
  const output = {
    version: 1,
    model: tuned.model,
    message: question,
    answer,
    usage,
    ...(compared === undefined ? {} : { compare: await conversationAnswer(compared) }),
  };
  io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

async function converse(options: {
  client: OpenAI;
  conversations: readonly ChatConversation[];
  input: CliInput;
  io: CliIo;
}): Promise<void> {
  const { conversations, input, io } = options;
  const interactive = input.isTTY === true;
  const prompt = () => {
    if (interactive) io.stdout.write('you> ');
  };
  if (interactive) {
    const models = conversations.map((conversation) => conversation.model).join(' and ');
    io.stdout.write(`Chatting with ${models}. /reset forgets the conversation, /exit ends.\n`);
  }
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    prompt();
    for await (const line of lines) {
      const question = line.trim();
      if (question === '/exit') break;
      if (question === '/reset') {
        for (const conversation of conversations) conversation.reset();
        if (interactive) io.stdout.write('(conversation forgotten)\n');
      } else if (question !== '') {
        await askAll({ client: options.client, conversations, question, io });
        if (interactive) io.stdout.write('\n');
      }
      prompt();
    }
  } finally {
    lines.close();
  }
}

/**
 * `tuneline chat`: asks a model one question (`--message`) or chats with it line by line from
 * stdin, streaming answers; `--compare` asks a second model, usually the base model, beside it.
 * @example tuneline chat --model ft:gpt-4o-mini-2024-07-18:acme:support:abc123 --compare gpt-4o-mini
 */
export async function chatCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, options, chatUsage);
  if (values.help) {
    io.stdout.write(helpText);
    return exitCodes.ok;
  }
  if (positionals.length > 0) {
    throw usageError(
      `Unexpected argument "${positionals[0]}": pass a question as --message "<text>".`,
      chatUsage,
    );
  }
  const model = values.model?.trim();
  if (model === undefined || model === '') {
    throw usageError('Name the model to chat with: --model <id>.', chatUsage);
  }
  const compare = values.compare?.trim();
  if (compare === '') throw usageError('--compare needs a model id.', chatUsage);
  const question = values.message?.trim();
  if (question === '') throw usageError('--message is empty: ask a question.', chatUsage);
  if (values.json && question === undefined) {
    throw usageError('--json needs --message: an interactive chat prints text only.', chatUsage);
  }
  if (question === undefined && io.stdin === undefined) {
    throw usageError(
      'No input to read questions from: ask one with --message "<text>".',
      chatUsage,
    );
  }

  const client = createCliClient(io);
  const tuned = createChatConversation({ model, system: values.system });
  const compared =
    compare === undefined
      ? undefined
      : createChatConversation({ model: compare, system: values.system });
  if (question !== undefined) {
    await answerOnce({ client, tuned, compared, question, json: values.json, io });
  } else if (io.stdin !== undefined) {
    const conversations = compared === undefined ? [tuned] : [tuned, compared];
    await converse({ client, conversations, input: io.stdin, io });
  }
  return exitCodes.ok;
}
