/** The platform status the adapters report into and /healthz and runPlatforms read. */
import { describe, expect, it } from 'vitest';
import { PlatformStatus } from '../src/platform-status.js';

describe('PlatformStatus', () => {
  it('GIVEN Discord down and Slack running THEN not all run, one is left, and listeners heard each report', () => {
    const status = new PlatformStatus();
    const heard: string[] = [];
    status.onChange(() => heard.push(JSON.stringify(status.states())));
    status.report('discord', 'running');
    status.report('slack', 'running');
    const allRunningBefore = status.allRunning();
    status.report('discord', 'down', 'Discord rejected DISCORD_TOKEN');
    expect({
      allRunningBefore,
      allRunning: status.allRunning(),
      noneLeft: status.noneLeft(),
      states: status.states(),
      down: status.down(),
      heard,
    }).toEqual({
      allRunningBefore: true,
      allRunning: false,
      noneLeft: false,
      states: { discord: 'down', slack: 'running' },
      down: [{ name: 'discord', reason: 'Discord rejected DISCORD_TOKEN' }],
      heard: [
        '{"discord":"running"}',
        '{"discord":"running","slack":"running"}',
        '{"discord":"down","slack":"running"}',
      ],
    });
  });

  it.each([
    ['nothing reported', [], false],
    ['every platform down', ['down', 'down'], true],
    ['one down, one stopping', ['down', 'stopping'], false],
    ['one down, one starting', ['down', 'starting'], false],
  ] as const)('GIVEN %s THEN noneLeft is %s', (_case, states, expected) => {
    const status = new PlatformStatus();
    states.forEach((state, i) => status.report(`p${i}`, state));
    expect(status.noneLeft()).toBe(expected);
  });
});
