/**
 * The HTML pieces the pages share: which URLs become links, and how marked words are cut out of
 * quote text (escaped, in order, bad spans ignored).
 */
import { describe, expect, it } from 'vitest';
import { markedText, safeHref } from '../../src/adapters/web/fragments.js';

describe('links to originals', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/x', 'https://example.org/x'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['//example.org/protocol-relative', null],
    ['/relative/path', null],
    ['not a url', null],
    [null, null],
  ])('GIVEN %j THEN the link is %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe('marked quote text', () => {
  it('GIVEN highlights THEN each span is marked, the rest escaped, in order', () => {
    const text = 'Gold <b>and</b> Venezuela';
    expect(
      String(
        markedText(text, [
          { start: 16, end: 25 },
          { start: 0, end: 4 },
        ]),
      ),
    ).toBe('<p><mark>Gold</mark> &lt;b&gt;and&lt;/b&gt; <mark>Venezuela</mark></p>');
  });

  it('GIVEN overlapping or out-of-range highlights THEN they are skipped, the text kept whole', () => {
    expect(
      String(
        markedText('abcdef', [
          { start: 0, end: 3 },
          { start: 2, end: 4 },
          { start: 5, end: 40 },
        ]),
      ),
    ).toBe('<p><mark>abc</mark>def</p>');
  });

  it('GIVEN a passage cut short THEN ellipses say so', () => {
    expect(String(markedText('middle', [], { before: true, after: true }))).toBe(
      '<p>… middle …</p>',
    );
  });
});
