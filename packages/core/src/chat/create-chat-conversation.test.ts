import { describe, expect, it } from 'vitest';
import { createChatConversation } from './create-chat-conversation.js';

describe('createChatConversation', () => {
  it('keeps the history, system message first', () => {
    const conversation = createChatConversation({ model: 'gpt-4o-mini', system: 'Be brief.' });
    conversation.append({ role: 'user', content: 'Hi', name: 'alice' });
    conversation.append({ role: 'assistant', content: 'Hello.' });
    expect(conversation.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi', name: 'alice' },
      { role: 'assistant', content: 'Hello.' },
    ]);
    expect(conversation.messagesForRequest()).toEqual(conversation.messages);
    conversation.reset();
    expect(conversation.messages).toEqual([{ role: 'system', content: 'Be brief.' }]);
  });

  it("sizes the context from the model's catalog entry", () => {
    expect(createChatConversation({ model: 'gpt-3.5-turbo' }).contextTokens).toBeGreaterThan(1000);
    expect(createChatConversation({ model: 'my-own-model' }).contextTokens).toBe(16_385);
  });

  it('drops the oldest turns first to fit the context, keeping the system message', () => {
    const conversation = createChatConversation({
      model: 'gpt-4o-mini',
      system: 'You answer in one word.',
      contextTokens: 200,
      answerTokens: 50,
    });
    // Each turn is about 3 + 1 + 20 tokens; ten of them cannot all fit in ~130 tokens.
    for (let turn = 0; turn < 10; turn++) {
      conversation.append({ role: 'user', content: `question ${turn} ${'word '.repeat(18)}` });
    }
    const sent = conversation.messagesForRequest();
    expect(sent[0]).toEqual({ role: 'system', content: 'You answer in one word.' });
    const turns = sent.slice(1).map((message) => message.content.split(' ')[1]);
    expect(turns.length).toBeGreaterThan(1);
    expect(turns.length).toBeLessThan(10);
    // The newest turns, in order.
    expect(turns).toEqual(
      Array.from({ length: turns.length }, (_, index) => String(10 - turns.length + index)),
    );
    expect(conversation.messages).toHaveLength(11);
  });

  it('always sends the newest message, even one longer than the context', () => {
    const conversation = createChatConversation({ model: 'gpt-4o-mini', contextTokens: 20 });
    conversation.append({ role: 'user', content: 'old' });
    conversation.append({ role: 'user', content: 'long '.repeat(100) });
    expect(conversation.messagesForRequest()).toEqual([
      { role: 'user', content: 'long '.repeat(100) },
    ]);
  });
});
