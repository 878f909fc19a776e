/**
 * The parts of the verify page: the form (a labelled textarea and an optional speaker), and a
 * verdict with its explanation, flags, word diff (`<del>` in the source only, `<ins>` in the
 * paste only) and the matching sources linked to their quote pages.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { roleLabel, type AnswerReply } from '../../../core/index.js';
import { quoteHref, safeExternalHref, sourceHref } from './page-helpers.js';
import { FLAG_WORDS, verifyViewOf, type DiffPartData, type VerifyMatch } from './verify-data.js';

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

export function verifyForm(values: { text: string; speaker: string }, maxText: number): Fragment {
  return html`<form class="verify-form" method="post" action="/verify">
    <p>
      <label for="verify-text">The quote to check</label>
      <textarea id="verify-text" name="text" rows="5" required aria-describedby="verify-text-hint">
${values.text}</textarea>
      <span id="verify-text-hint" class="hint"
        >Paste it as you found it, up to ${maxText.toLocaleString('en-GB')} characters: quotation
        marks and “he said” are ignored.</span
      >
    </p>
    <p>
      <label for="verify-speaker">Said by (optional)</label>
      <input
        id="verify-speaker"
        name="speaker"
        type="text"
        value="${values.speaker}"
        placeholder="e.g. Chris Williamson"
      />
    </p>
    <p><button type="submit">Verify</button></p>
  </form>`;
}

/** The word diff, corpus → paste. */
export function diffFragment(parts: readonly DiffPartData[]): Fragment {
  return html`${parts.map((p, i) => {
    const space = i > 0 ? ' ' : '';
    if (p.type === 'removed') return html`${space}<del>${p.text}</del>`;
    if (p.type === 'added') return html`${space}<ins>${p.text}</ins>`;
    return html`${space}${p.text}`;
  })}`;
}

export function verdictSection(reply: AnswerReply): Fragment {
  const view = verifyViewOf(reply);
  const prose = reply.blocks.flatMap((b, i) =>
    (b.type === 'text' || b.type === 'context') && (i === 0 || b.text.startsWith('Claimed'))
      ? [b.text]
      : [],
  );
  return html`<section
    class="verify-result verdict-${view.verdict}"
    aria-labelledby="verdict-title"
  >
    <h2 id="verdict-title">${reply.title}</h2>
    ${prose.map((t) => html`<p>${t}</p>`)}
    ${
      view.flags.length > 0
        ? html`<p class="verify-flags">
            <strong>Meaning may have changed:</strong>
            ${view.flags.map((f) => FLAG_WORDS[f] ?? f).join('; ')}.
          </p>`
        : ''
    }
    ${
      view.matches.length > 0
        ? html`<h3>${view.matches.length === 1 ? 'Matching source' : 'Matching sources'}</h3>
            <ol class="verify-matches">
              ${view.matches.map((m, i) => matchItem(m, i, view.verdict))}
            </ol>`
        : ''
    }
  </section>`;
}

function matchItem(m: VerifyMatch, index: number, verdict: string): Fragment {
  // a paraphrase shares key terms, not wording: a word diff of it would be all deletions and insertions
  const changed = verdict !== 'paraphrase' && m.diff.some((p) => p.type !== 'equal');
  const who = m.quotedBy
    ? `${m.speaker} (${roleLabel(m.role)}, quoted by ${m.quotedBy})`
    : `${m.speaker} (${roleLabel(m.role)})`;
  const original = safeExternalHref(m.source.url);
  return html`<li class="verify-match">
    ${verdict === 'spliced' && m.pasted ? html`<p>Part ${index + 1}: “${m.pasted}”</p>` : ''}
    <blockquote><p>${m.context}</p></blockquote>
    <p>— ${who}</p>
    ${
      changed
        ? html`<p class="verify-diff">
            <span class="hint"
              >Differences (struck through: only in the source; underlined: only in the pasted
              text):</span
            >
            <span class="diff">${diffFragment(m.diff)}</span>
          </p>`
        : ''
    }
    <p>
      <a href="${quoteHref(m.id)}">Open the quote</a> ·
      <a href="${sourceHref(m.source.id)}">${m.source.title}</a>${
        m.source.publisher ? `, ${m.source.publisher}` : ''
      }${m.source.publishedLabel ? `, ${m.source.publishedLabel}` : ''}${
        original
          ? html` · <a href="${original}" rel="noopener noreferrer nofollow">original</a>`
          : ''
      }
    </p>
  </li>`;
}
