import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineLiteral } from './escape-markdown.js';

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt;',
    );
    expect(escapeMarkdown('<!-- tuneline -->')).not.toContain('<!--');
  });

  it('breaks @-mentions without changing what a reader sees', () => {
    expect(escapeMarkdown('ping @octocat and @org/team')).toBe(
      'ping @&#8203;octocat and @&#8203;org/team',
    );
  });

  it('cannot open code blocks, links, images, tables or new lines', () => {
    const escaped = escapeMarkdown('```js\n![x](https://evil.example/p.png) | [a](b)\n# title');
    expect(escaped).not.toContain('```');
    expect(escaped).not.toContain('\n');
    expect(escaped).not.toMatch(/(^|[^\\])[[\]|!`#]/);
  });

  it('escapes entities so they cannot smuggle markup', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('inlineLiteral', () => {
  it('shows ids, model names and plain paths exactly, as code', () => {
    expect(inlineLiteral('ft:gpt-4o-mini-2024-07-18:acme:support:AbC123')).toBe(
      '`ft:gpt-4o-mini-2024-07-18:acme:support:AbC123`',
    );
    expect(inlineLiteral('data/my_set-2.jsonl')).toBe('`data/my_set-2.jsonl`');
  });

  it('escapes anything that could leave the code span', () => {
    expect(inlineLiteral('a`b')).toBe('a\\`b');
    expect(inlineLiteral('<b> @x')).toBe('&lt;b&gt; @&#8203;x');
  });
});
