/**
 * The timeline as a plain ordered list, below the drawing: the same events in the same order,
 * each with its date, label, sentence, speaker and every source linked to its quote page. It is
 * what a screen reader reads, and what a phone shows best.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { sourceQuotes, type EventData } from './timeline-data.js';
import { quoteHref } from './page-helpers.js';

export function timelineList(
  events: readonly EventData[],
  firstNumber: number,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`<ol class="timeline-list" start="${firstNumber}">
    ${events.map((e) => eventItem(e))}
  </ol>`;
}

function eventItem(e: EventData): HtmlEscapedString | Promise<HtmlEscapedString> {
  const notes = [e.inferred ? 'inferred' : '', e.approximate ? 'approximate' : ''].filter(Boolean);
  const sources = sourceQuotes(e);
  return html`<li class="timeline-item">
    <p>
      <strong class="timeline-date">${e.dateLabel}</strong>${
        notes.length > 0 ? html` <span class="timeline-note">(${notes.join(', ')})</span>` : ''
      }
      — <a href="${quoteHref(e.quoteId)}">${e.label}</a>
    </p>
    <blockquote class="timeline-evidence"><p>${e.evidence}</p></blockquote>
    <p class="timeline-source">
      ${e.speaker} ·
      ${sources.length > 1 ? `${sources.length} sources: ` : ''}${sources.map(
        (s, i) => html`${i > 0 ? '; ' : ''}<a href="${quoteHref(s.quoteId)}">${s.title}</a>`,
      )}
    </p>
  </li>`;
}
