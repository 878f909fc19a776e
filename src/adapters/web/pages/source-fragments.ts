/**
 * The parts of the sources pages: one source's summary line (for the list), its citation, its
 * speakers with their roles, and its passages, each linked to its quote page.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { roleLabel, type Passage } from '../../../core/index.js';
import { plural, quoteHref, safeExternalHref, shown, sourceHref } from './page-helpers.js';
import type { SourceSummary } from './sources-data.js';

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

/** "Title. Publisher, 6 Nov 2019. By Author." */
export function citationText(s: SourceSummary): string {
  const where = [s.publisher, s.publishedLabel ?? 'date unknown'].filter(Boolean).join(', ');
  return `${s.title}. ${where}.${s.author ? ` By ${s.author}.` : ''}`;
}

function speakerSummary(s: SourceSummary): string {
  return s.speakers.map((sp) => `${sp.name}: ${roleLabel(sp.role)}`).join('; ');
}

/** One source of the corpus list. */
export function sourceListItem(s: SourceSummary): Fragment {
  return html`<li class="source-item">
    <h2><a href="${sourceHref(s.id)}">${s.title}</a></h2>
    <p>
      ${[s.publisher, s.publishedLabel ?? 'date unknown', s.kind, plural(s.quotes, 'passage')]
        .filter(Boolean)
        .join(' · ')}
    </p>
    <p class="source-speakers">Speakers: ${speakerSummary(s) || 'none named'}</p>
  </li>`;
}

/** The details of one source: citation, fields and the link to the original (http(s) only). */
export function sourceDetails(s: SourceSummary, updated: string | null): Fragment {
  const original = safeExternalHref(s.url);
  return html`<p class="citation">${citationText(s)}</p>
    <dl class="source-fields">
      <dt>Id</dt>
      <dd><code>${s.id}</code></dd>
      <dt>Publisher</dt>
      <dd>${s.publisher ?? 'unknown'}</dd>
      <dt>Author</dt>
      <dd>${s.author ?? 'not stated'}</dd>
      <dt>Published</dt>
      <dd>${s.publishedLabel ?? 'unknown'}</dd>
      ${
        updated
          ? html`<dt>Updated</dt>
              <dd>${updated}</dd>`
          : ''
      }
      <dt>Kind</dt>
      <dd>${s.kind}</dd>
      <dt>Passages</dt>
      <dd>${s.quotes}</dd>
      <dt>Original</dt>
      <dd>
        ${
          original
            ? html`<a href="${original}" rel="noopener noreferrer nofollow">${original}</a>`
            : s.url
              ? html`${s.url} <span class="hint">(not a web address, so not linked)</span>`
              : 'not recorded'
        }
      </dd>
    </dl>
    <h2>Speakers</h2>
    <ul class="source-speaker-list">
      ${s.speakers.map(
        (sp) => html`<li>${sp.name}: ${roleLabel(sp.role)}, ${plural(sp.quotes, 'passage')}</li>`,
      )}
    </ul>`;
}

/** The source's passages in document order, `first` being the 1-based number of the first one. */
export function passageList(passages: readonly Passage[], first: number): Fragment {
  return html`<ol class="source-passages" start="${first}">
    ${passages.map(
      (p) =>
        html`<li id="${p.id}">
          <blockquote><p>${p.text}</p></blockquote>
          <p>
            — ${shown(p.speaker)}
            (${roleLabel(p.role)})${p.parentId ? ', a quotation inside the passage before' : ''} ·
            <a href="${quoteHref(p.id)}">Quote ${p.id}</a>
          </p>
        </li>`,
    )}
  </ol>`;
}
