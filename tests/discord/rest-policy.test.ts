/**
 * The pure parts of the REST policy: the route names logged instead of URLs (which carry tokens),
 * and the backoff schedule.
 */
import { describe, expect, it } from 'vitest';
import { backoffDelay, routeOf } from '../../src/adapters/discord/rest-policy.js';

describe('routeOf', () => {
  it.each([
    [
      'http://127.0.0.1:4000/api/v10/interactions/1700000000000000001/itoken-secret/callback?with_response=false',
      '/interactions/:id/:token/callback',
    ],
    [
      'https://discord.com/api/v10/webhooks/1100000000000000001/itoken-secret/messages/%40original',
      '/webhooks/:id/:token/messages/%40original',
    ],
    [
      'https://discord.com/api/v10/webhooks/1100000000000000001/itoken-secret',
      '/webhooks/:id/:token',
    ],
    [
      'https://discord.com/api/v10/applications/1100000000000000001/guilds/1500000000000000001/commands',
      '/applications/:id/guilds/:id/commands',
    ],
    ['https://discord.com/api/v10/gateway/bot', '/gateway/bot'],
  ])('GIVEN %s THEN the route is %s, with no token', (url, route) => {
    expect(routeOf(url)).toBe(route);
  });
});

describe('backoffDelay', () => {
  it('GIVEN the lowest and highest jitter THEN each pause lies between half and all of base·2^attempt', () => {
    const schedule = (random: number) =>
      [0, 1, 2, 3].map((attempt) => backoffDelay(attempt, 500, () => random));
    expect({ lowest: schedule(0), highest: schedule(1) }).toEqual({
      lowest: [250, 500, 1000, 2000],
      highest: [500, 1000, 2000, 4000],
    });
  });
});
