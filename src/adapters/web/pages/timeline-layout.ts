/**
 * The layout math of the timeline drawing, pure and unit-tested: where a partial date falls on a
 * time axis (a year is the span of the year, a month its month, a day its day), which years get
 * a tick, and which lane each mark takes so that no two marks overlap.
 */

/** A stretch of time in fractional years: [2019.0, 2020.0) is the year 2019. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * The stretch of time a partial date covers: `2019` → [2019, 2020), `2019-02` → Feb 2019,
 * `2019-11-06` → that day. Null when the text is not a partial date.
 */
export function spanOfPartialDate(value: string): TimeSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: year, end: year + 1 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { start: year + (month - 1) / 12, end: year + month / 12 };
  const day = Number(m[3]);
  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  const dayStart = Date.UTC(year, month - 1, day);
  if (day < 1 || new Date(dayStart).getUTCMonth() !== month - 1) return null;
  const DAY_MS = 86_400_000;
  return {
    start: year + (dayStart - yearStart) / yearLength,
    end: year + (dayStart + DAY_MS - yearStart) / yearLength,
  };
}

/** From the start of `start` to the end of `end` (or of `start` for a single date). */
export function spanOfEvent(start: string, end: string | null): TimeSpan | null {
  const first = spanOfPartialDate(start);
  const last = end ? spanOfPartialDate(end) : first;
  if (!first || !last) return null;
  return { start: first.start, end: Math.max(first.end, last.end) };
}

/** The axis: whole years around every span (at least one year wide). */
export function axisDomain(spans: readonly TimeSpan[]): TimeSpan {
  if (spans.length === 0) return { start: 0, end: 1 };
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start: Math.floor(start), end: Math.max(Math.ceil(end), Math.floor(start) + 1) };
}

/** Maps a time to a pixel column of a plot `width` wide starting at `left`. */
export function scaleTime(domain: TimeSpan, left: number, width: number): (t: number) => number {
  const length = domain.end - domain.start;
  return (t) => left + ((t - domain.start) / length) * width;
}

/**
 * The years to tick: every year while there are at most `maxTicks`, else every 2nd, 5th, 10th…
 * year (multiples of the step, so the labels are round).
 */
export function yearTicks(domain: TimeSpan, maxTicks: number): number[] {
  const first = Math.ceil(domain.start);
  const last = Math.floor(domain.end);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
  const step =
    steps.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= maxTicks) ?? 1000;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** A mark's extent in pixels, its own label included. */
export interface PixelExtent {
  left: number;
  right: number;
}

/**
 * Greedy interval colouring: each mark, in order, takes the first lane whose last mark ends at
 * least `gap` pixels before it starts. Marks come oldest first, so the top lanes fill first.
 */
export function assignLanes(extents: readonly PixelExtent[], gap: number): number[] {
  const laneEnds: number[] = [];
  return extents.map((x) => {
    let lane = laneEnds.findIndex((end) => end + gap <= x.left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x.right);
    } else laneEnds[lane] = x.right;
    return lane;
  });
}
