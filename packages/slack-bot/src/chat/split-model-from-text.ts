import { findModel } from '@tuneline/core';

/** Model families OpenAI names; a word like these is a model request, allowed or not. */
const modelLikePattern = /^(gpt-|chatgpt-|o[1-9](-|$)|davinci|babbage)[\w.-]*$/i;

/** Whether a word names a model: an `ft:` id, a model Tuneline's catalog knows, or one like them. */
export function isModelWord(word: string): boolean {
  return (
    /^ft:[\w.-]+(:[\w.-]*)+$/.test(word) ||
    findModel(word) !== undefined ||
    modelLikePattern.test(word)
  );
}

/**
 * Takes a message's text apart: the bot's mentions removed, and a model named first
 * (`@tuneline ft:… question`) separated from the question.
 * @example splitModelFromText('<@UBOT> ft:gpt-4o-mini-2024-07-18:acme::abc Hi', 'UBOT') // { model: 'ft:…', question: 'Hi' }
 */
export function splitModelFromText(
  text: string,
  botUserId: string,
): { model: string | undefined; question: string } {
  const withoutMention = text.replaceAll(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ').trim();
  // Slack may wrap what looks like a link in <…>; a model id is never one, so unwrap it.
  const match = /^<?([^\s<>|]+)(?:\|[^>]*)?>?(?:\s+|$)/.exec(withoutMention);
  const first = match?.[1];
  if (first !== undefined && isModelWord(first)) {
    return { model: first, question: withoutMention.slice(match?.[0].length ?? 0).trim() };
  }
  return { model: undefined, question: withoutMention };
}
