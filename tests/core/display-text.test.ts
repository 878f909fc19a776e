/**
 * Bidirectional controls are removed, in one place, from every text shown around the quotes; the
 * quote's own words and the JSON data stay exact.
 */
import { describe, expect, it } from 'vitest';
import { displayReply, makeReply, withoutBidiControls, type Reply } from '../../src/core/index.js';
import { EI_SOURCE } from '../fixtures/source-refs.js';

describe('withoutBidiControls', () => {
  it.each([
    ['a right-to-left override', 'Timeline: \u202Efdp.exe', 'Timeline: fdp.exe'],
    [
      'embeddings, isolates and their ends',
      '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069',
      'abcdefg',
    ],
    ['the marks', 'x\u200Ey\u200Fz\u061Cw', 'xyzw'],
    ['Arabic and Hebrew letters, kept', 'مرحبا שלום', 'مرحبا שלום'],
    ['a zero-width joiner in an emoji, kept', '👩\u200D💻', '👩\u200D💻'],
  ])('GIVEN %s THEN the controls are gone and nothing else', (_case, text, expected) => {
    expect(withoutBidiControls(text)).toEqual(expected);
  });
});

describe('displayReply', () => {
  it('GIVEN overrides in the title, prose, lists, fields, speakers, a source and buttons THEN they are removed there, and the quote words and data are left as they are', () => {
    const R = '\u202E';
    const source = { ...EI_SOURCE, title: `Title ${R}gnp.exe`, publisher: `Pub${R}` };
    const reply: Reply = makeReply({
      title: `Timeline: “${R}topic”`,
      data: { topic: `${R}topic` },
      blocks: [
        { type: 'text', text: `text${R}` },
        { type: 'context', text: `context${R}` },
        { type: 'list', items: [{ title: `item${R}`, detail: `detail${R}` }] },
        { type: 'fields', fields: [{ label: `label${R}`, value: `value${R}` }] },
        {
          type: 'quote',
          text: `words ${R}kept`,
          quoteId: 'q1',
          speaker: `Speaker${R}`,
          role: 'quoted',
          quotedBy: `Quoter${R}`,
          highlights: [],
          truncatedBefore: false,
          truncatedAfter: false,
          source,
        },
        { type: 'citation', source },
        {
          type: 'buttons',
          buttons: [{ kind: 'link', label: `Source: ${R}x`, url: 'https://example.org/' }],
        },
      ],
    });
    const shown = displayReply(reply);
    const clean = { ...EI_SOURCE, title: 'Title gnp.exe', publisher: 'Pub' };
    expect(shown).toEqual({
      ...reply,
      title: 'Timeline: “topic”',
      blocks: [
        { type: 'text', text: 'text' },
        { type: 'context', text: 'context' },
        { type: 'list', items: [{ title: 'item', detail: 'detail' }] },
        { type: 'fields', fields: [{ label: 'label', value: 'value' }] },
        {
          type: 'quote',
          text: `words ${R}kept`,
          quoteId: 'q1',
          speaker: 'Speaker',
          role: 'quoted',
          quotedBy: 'Quoter',
          highlights: [],
          truncatedBefore: false,
          truncatedAfter: false,
          source: clean,
        },
        { type: 'citation', source: clean },
        {
          type: 'buttons',
          buttons: [{ kind: 'link', label: 'Source: x', url: 'https://example.org/' }],
        },
      ],
    });
    expect(shown.data).toBe(reply.data);
  });
});
