/** Which gateway close codes are a refusal for good, and what the operator is told. */
import { describe, expect, it } from 'vitest';
import { gatewayRefusal } from '../../src/adapters/discord/gateway-refusal.js';
import { REFUSED_4004, REFUSED_4014 } from './expected.js';

describe('gatewayRefusal', () => {
  it.each([
    [4004, { code: 4004, variable: 'DISCORD_TOKEN', message: REFUSED_4004 }],
    [4014, { code: 4014, variable: 'DISCORD_TOKEN', message: REFUSED_4014 }],
    [
      4011,
      {
        code: 4011,
        variable: null,
        message:
          'Discord closed the gateway for good (close 4011: sharding required): the bot is in too many servers for one connection.',
      },
    ],
    // Closes discord.js resumes or reconnects after by itself.
    [1000, null],
    [4000, null],
    [4009, null],
  ])('GIVEN close %i THEN %j', (code, expected) => {
    expect(gatewayRefusal(code)).toEqual(expected);
  });
});
