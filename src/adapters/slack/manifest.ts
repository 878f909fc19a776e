/**
 * `npm run --silent slack:manifest [-- --prefix vb- --request-url https://bot.example.com]`
 * prints the Slack app manifest built from the command declarations, ready to paste into
 * https://api.slack.com/apps → Create New App → From a manifest. Without --request-url the app uses
 * Socket Mode. The prefix defaults to SLACK_COMMAND_PREFIX when Slack is configured.
 * @see https://docs.slack.dev/reference/app-manifest
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { COMMANDS } from '../../core/index.js';
import { buildManifest } from './build-manifest.js';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        prefix: { type: 'string' },
        'request-url': { type: 'string' },
        help: { type: 'boolean' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(
      'Usage: npm run --silent slack:manifest -- [--prefix vb-] [--request-url https://host]\n',
    );
    return 0;
  }
  const config = loadConfig();
  const prefix = args.prefix ?? (config.ok ? config.config.slack?.commandPrefix : undefined) ?? '';
  if (!/^[a-z0-9_-]{0,10}$/.test(prefix)) {
    process.stderr.write('--prefix must be up to 10 lowercase letters, digits, - or _, e.g. vb-\n');
    return 2;
  }
  try {
    const manifest = buildManifest(COMMANDS, { prefix, requestUrl: args['request-url'] ?? null });
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main();
