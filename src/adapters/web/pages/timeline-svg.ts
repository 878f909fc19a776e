/**
 * The timeline drawn on the server as inline SVG (no script, no CDN): a time axis with year
 * ticks; a day as a dot, a month as a short bar, a year as a long faint bar, a range as a bar
 * from its start to its end; hollow when the date was inferred, dashed when approximate; "×N" when
 * several sources tell the event. Each mark links to its quote page and has a `<title>` for hover.
 * Colours are presentation attributes and `currentColor`, so a strict CSP and a dark theme both hold.
 * The drawing is a labelled `group`, not an `img`: an image's children are presentational, which
 * would hide its links from assistive technology (axe-core: nested-interactive).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { EventData } from './timeline-data.js';
import {
  assignLanes,
  axisDomain,
  scaleTime,
  spanOfEvent,
  yearTicks,
  type TimeSpan,
} from './timeline-layout.js';
import { quoteHref } from './page-helpers.js';

/** The drawing's coordinate system; the SVG scales to its container's width. */
const VIEW_WIDTH = 1000;
const MARGIN = 24;
const LEGEND_HEIGHT = 44;
const LANE_HEIGHT = 22;
const AXIS_HEIGHT = 40;
const MAX_TICKS = 16;
/** Smallest drawn width of a mark, so a month on a 50-year axis is still a target. */
const MIN_MARK_WIDTH = 8;
const DOT_RADIUS = 5;
const MARK_GAP = 6;
/** A blue that reads against both a light and a dark background (non-text contrast ≥ 3:1). */
const MARK_COLOUR = '#3b82f6';

interface PlacedEvent {
  event: EventData;
  left: number;
  right: number;
  /** Where the "×N" label ends, when there is one. */
  extentRight: number;
}

/** The SVG for `events` (which all have a date the axis can place), labelled by `titleId`. */
export function timelineSvg(
  events: readonly EventData[],
  titleId: string,
  titleText: string,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const spans = events.map((e) => spanOfEvent(e.start, e.end));
  const placedSpans = spans.filter((s): s is TimeSpan => s !== null);
  const domain = axisDomain(placedSpans);
  const x = scaleTime(domain, MARGIN, VIEW_WIDTH - 2 * MARGIN);

  const placed: PlacedEvent[] = [];
  events.forEach((event, i) => {
    const span = spans[i];
    if (!span) return;
    const mid = (x(span.start) + x(span.end)) / 2;
    const half = Math.max(x(span.end) - x(span.start), MIN_MARK_WIDTH) / 2;
    const [left, right] =
      event.precision === 'day' ? [mid - DOT_RADIUS, mid + DOT_RADIUS] : [mid - half, mid + half];
    const extentRight = event.sources.length > 1 ? right + 26 : right;
    placed.push({ event, left, right, extentRight });
  });
  const lanes = assignLanes(
    placed.map((p) => ({ left: p.left, right: p.extentRight })),
    MARK_GAP,
  );
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const axisY = LEGEND_HEIGHT + laneCount * LANE_HEIGHT + 8;
  const height = axisY + AXIS_HEIGHT;

  return html`<svg
    class="timeline-chart"
    role="group"
    aria-labelledby="${titleId}"
    viewBox="0 0 ${VIEW_WIDTH} ${height}"
    width="100%"
    preserveAspectRatio="xMinYMin meet"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${titleId}">${titleText}</title>
    ${legend()}
    <g class="timeline-axis" fill="currentColor" stroke="currentColor">
      <line
        x1="${MARGIN}"
        x2="${VIEW_WIDTH - MARGIN}"
        y1="${axisY}"
        y2="${axisY}"
        stroke-width="1"
      />
      ${yearTicks(domain, MAX_TICKS).map(
        (year) =>
          html`<line
              x1="${round(x(year))}"
              x2="${round(x(year))}"
              y1="${LEGEND_HEIGHT - 4}"
              y2="${axisY + 6}"
              stroke-width="1"
              stroke-opacity="0.18"
            />
            <text
              x="${round(x(year))}"
              y="${axisY + 24}"
              font-size="14"
              text-anchor="middle"
              stroke="none"
              >${year}</text
            >`,
      )}
    </g>
    <g class="timeline-events">
      ${placed.map((p, i) => eventMark(p, LEGEND_HEIGHT + (lanes[i] ?? 0) * LANE_HEIGHT + LANE_HEIGHT / 2))}
    </g>
  </svg>`;
}

/** The text of a mark's `<title>`: what the list item says, on one line. */
export function markTitle(e: EventData): string {
  const date = `${e.dateLabel}${e.inferred ? ' (inferred)' : ''}`;
  const sources = e.sources.map((s) => s.title).join('; ');
  return `${date}: ${e.label} (${e.speaker}; ${e.sources.length > 1 ? `${e.sources.length} sources: ` : ''}${sources})`;
}

function eventMark(p: PlacedEvent, cy: number): HtmlEscapedString | Promise<HtmlEscapedString> {
  const e = p.event;
  return html`<a href="${quoteHref(e.quoteId)}" class="timeline-event">
    <title>${markTitle(e)}</title>
    <rect
      x="${round(p.left - 3)}"
      y="${cy - LANE_HEIGHT / 2 + 1}"
      width="${round(p.extentRight - p.left + 6)}"
      height="${LANE_HEIGHT - 2}"
      fill="transparent"
    />
    ${shape(e.precision, e.inferred, e.approximate, p.left, p.right, cy)}
    ${
      e.sources.length > 1
        ? html`<text x="${round(p.right + 4)}" y="${cy + 5}" font-size="13" fill="currentColor"
            >×${e.sources.length}</text
          >`
        : ''
    }
  </a>`;
}

/** One mark's shape; shared by the marks and the legend so the two always agree. */
function shape(
  precision: EventData['precision'],
  inferred: boolean,
  approximate: boolean,
  left: number,
  right: number,
  cy: number,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const fill = inferred ? 'none' : MARK_COLOUR;
  // a dashed outline only reads against a faint fill
  const dash = approximate ? '4 3' : 'none';
  if (precision === 'day') {
    return html`<circle
      cx="${round((left + right) / 2)}"
      cy="${cy}"
      r="${DOT_RADIUS}"
      fill="${fill}"
      stroke="${MARK_COLOUR}"
      stroke-width="2"
      stroke-dasharray="${dash}"
    />`;
  }
  const barHeight = precision === 'year' ? 14 : precision === 'month' ? 10 : 8;
  return html`<rect
    x="${round(left)}"
    y="${cy - barHeight / 2}"
    width="${round(right - left)}"
    height="${barHeight}"
    rx="2"
    fill="${fill}"
    fill-opacity="${precision === 'year' || approximate ? 0.35 : 1}"
    stroke="${MARK_COLOUR}"
    stroke-width="${precision === 'year' ? 1 : 2}"
    stroke-dasharray="${dash}"
  />`;
}

const LEGEND: readonly {
  label: string;
  precision: EventData['precision'];
  inferred: boolean;
  approximate: boolean;
  width: number;
}[] = [
  { label: 'day', precision: 'day', inferred: false, approximate: false, width: 10 },
  { label: 'month', precision: 'month', inferred: false, approximate: false, width: 12 },
  { label: 'year', precision: 'year', inferred: false, approximate: false, width: 30 },
  { label: 'range', precision: 'range', inferred: false, approximate: false, width: 30 },
  { label: 'inferred date', precision: 'day', inferred: true, approximate: false, width: 10 },
  { label: 'approximate', precision: 'range', inferred: false, approximate: true, width: 30 },
];

function legend(): HtmlEscapedString | Promise<HtmlEscapedString> {
  let cursor = MARGIN;
  const items = LEGEND.map((item) => {
    const left = cursor;
    cursor += item.width + 8 + item.label.length * 8 + 22;
    return html`${shape(item.precision, item.inferred, item.approximate, left, left + item.width, 16)}
      <text x="${left + item.width + 8}" y="21" font-size="14" fill="currentColor"
        >${item.label}</text
      >`;
  });
  return html`<g class="timeline-legend">
    ${items}
    <text x="${cursor}" y="21" font-size="14" fill="currentColor">×N: told by N sources</text>
  </g>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
