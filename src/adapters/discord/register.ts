/**
 * Entry point of `npm run discord:register` (built to dist/adapters/discord/register.js).
 * Prints a clear message, never a stack trace; the exit code says what happened.
 */
import { loadConfig } from '../../config.js';
import { COMMANDS } from '../../core/index.js';
import { runRegister } from './register-cli.js';

try {
  process.exitCode = await runRegister(loadConfig(), COMMANDS, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} catch {
  process.stderr.write('Registration failed unexpectedly; please try again.\n');
  process.exitCode = 1;
}
