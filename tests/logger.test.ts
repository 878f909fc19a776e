import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('the logger', () => {
  it('GIVEN secrets under the usual field names THEN they are redacted in the JSON line', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      {
        token: 'discord-secret',
        config: { botToken: 'xoxb-secret', signingSecret: 's3cret' },
        headers: { authorization: 'Bot abc' },
        documents: 5,
      },
      'hello',
    );
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      msg: 'hello',
      documents: 5,
      token: '[redacted]',
      config: { botToken: '[redacted]', signingSecret: '[redacted]' },
      headers: { authorization: '[redacted]' },
    });
    expect(lines[0]).not.toMatch(/secret|abc/);
  });
});
