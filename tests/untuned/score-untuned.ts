/**
 * `npm run score:untuned -- [--set seeds|dev|heldout] [--details] [--json]`
 * Scores the seeds, the development and the held-out corpora (or one set) as the untuned test
 * does and prints the figures per corpus and per set, whether each set meets its floors, and with
 * --details the failures of the seeds and the development set. The held-out set's failures are
 * never printed: --details with --set heldout is refused. --json prints one JSON object.
 */
import { parseArgs } from 'node:util';
import { FLOORS, unmetFloors } from './floors.js';
import { formatFailures, formatFigures } from './report.js';
import { SETS, scoreSet, type UntunedSet } from './untuned-sets.js';

const USAGE = 'Usage: npm run score:untuned -- [--set seeds|dev|heldout] [--details] [--json]';

/** Sets whose failures may be read: rules are written on them, never on the held-out set. */
const OPEN_SETS: ReadonlySet<UntunedSet> = new Set(['seeds', 'dev']);

async function main(): Promise<number> {
  let values: { set?: string; details?: boolean; json?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        set: { type: 'string' },
        details: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message.split('\n')[0]}\n${USAGE}\n`);
    return 2;
  }
  const set = values.set;
  if (set !== undefined && !(SETS as readonly string[]).includes(set)) {
    process.stderr.write(`--set must be one of ${SETS.join(', ')} (got "${set}").\n${USAGE}\n`);
    return 2;
  }
  if (values.details && set === 'heldout') {
    process.stderr.write(
      'The held-out set is scored, never read: its failures are not shown. Use --set dev.\n',
    );
    return 2;
  }

  const sets = set ? [set as UntunedSet] : [...SETS];
  const out: unknown[] = [];
  const text: string[] = [];
  for (const s of sets) {
    const score = await scoreSet(s);
    const unmet = unmetFloors(score.totals, FLOORS[s]);
    const details = values.details === true && OPEN_SETS.has(s);
    out.push({
      set: s,
      totals: score.totals,
      corpora: score.corpora.map((c) => ({
        name: c.name,
        figures: c.figures,
        ...(details ? { failures: c.failures } : {}),
      })),
      unscored: score.unscored,
      unmetFloors: unmet,
    });
    text.push(formatFigures(score));
    text.push(unmet.length === 0 ? '  floors: met' : `  floors not met: ${unmet.join('; ')}`);
    if (details) text.push(...score.corpora.map(formatFailures));
    text.push('');
  }
  process.stdout.write(values.json ? `${JSON.stringify({ sets: out })}\n` : text.join('\n'));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Scoring failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
