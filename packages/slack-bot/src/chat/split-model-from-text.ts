import { findModel } from '@tuneline/core';

/** Whether a word names a model: an `ft:` id or a model Tuneline's catalog knows. */
export function isModelWord(word: string): boolean {
  return /^ft:[\w.-]+(:[\w.-]*)+$/.test(word) || findModel(word) !== undefined;
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
