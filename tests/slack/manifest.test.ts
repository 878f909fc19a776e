import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS, defineCommand, errorReply, type AnyCommand } from '../../src/core/index.js';
import { buildManifest, eventsUrl } from '../../src/adapters/slack/build-manifest.js';

const stub = (name: string, options: AnyCommand['options'] = []): AnyCommand =>
  defineCommand({
    name,
    description: `The ${name} command`,
    options,
    input: z.object({}),
    run: () => errorReply('internal', 'not run in this test'),
  });

const lookup = stub('lookup', [
  {
    name: 'text',
    description: 'What to look up',
    type: 'string',
    required: true,
    positional: true,
  },
  { name: 'year', description: 'Which year', type: 'date', required: false },
]);
const verify = stub('verify', [
  { name: 'text', description: 'The quote', type: 'string', required: true, positional: true },
  { name: 'speaker', description: 'Who said it', type: 'string', required: false },
]);

describe('the Slack app manifest', () => {
  it('GIVEN the checked-in slack-manifest.json THEN it equals the manifest built from COMMANDS (regenerate with npm run --silent slack:manifest > slack-manifest.json)', () => {
    const checkedIn: unknown = JSON.parse(
      readFileSync(new URL('../../slack-manifest.json', import.meta.url), 'utf8'),
    );
    expect(checkedIn).toEqual(buildManifest(COMMANDS, { prefix: '', requestUrl: null }));
  });

  it('GIVEN a prefix, a verify command and a public URL THEN commands are prefixed, the shortcut exists and HTTP mode is set', () => {
    expect(
      buildManifest([lookup, verify], { prefix: 'vb-', requestUrl: 'https://bot.example.com' }),
    ).toEqual({
      _metadata: { major_version: 1, minor_version: 1 },
      display_information: {
        name: 'Verbatim',
        description: 'Exact quotes, who said them and where, from a corpus of documents.',
        background_color: '#2c3e50',
      },
      features: {
        bot_user: { display_name: 'Verbatim', always_online: true },
        slash_commands: [
          {
            command: '/vb-lookup',
            description: 'The lookup command',
            usage_hint: '<text> [year:YYYY[-MM[-DD]]] [private:true]',
            should_escape: false,
            url: 'https://bot.example.com/slack/events',
          },
          {
            command: '/vb-verify',
            description: 'The verify command',
            usage_hint: '<text> [speaker:text] [private:true]',
            should_escape: false,
            url: 'https://bot.example.com/slack/events',
          },
        ],
        shortcuts: [
          {
            name: 'Verify quote',
            type: 'message',
            callback_id: 'verify_quote',
            description: 'Check this message against the sources',
          },
        ],
      },
      oauth_config: { scopes: { bot: ['app_mentions:read', 'chat:write', 'commands'] } },
      settings: {
        event_subscriptions: {
          bot_events: ['app_mention'],
          request_url: 'https://bot.example.com/slack/events',
        },
        interactivity: { is_enabled: true, request_url: 'https://bot.example.com/slack/events' },
        org_deploy_enabled: false,
        socket_mode_enabled: false,
        token_rotation_enabled: false,
      },
    });
  });

  it('GIVEN no verify command THEN there is no shortcut', () => {
    expect(buildManifest([lookup], { prefix: '', requestUrl: null }).features.shortcuts).toEqual(
      undefined,
    );
  });

  it.each([
    [
      'a built-in name',
      stub('status'),
      "/status is a built-in Slack command; set SLACK_COMMAND_PREFIX (e.g. vb-) to rename Verbatim's commands",
    ],
    [
      'an upper-case name',
      stub('Quote'),
      '/Quote is not a valid Slack command name (lowercase letters, digits, - and _, at most 32 characters)',
    ],
    [
      'a 33-character name',
      stub('q'.repeat(32)),
      `/${'q'.repeat(32)} is not a valid Slack command name (lowercase letters, digits, - and _, at most 32 characters)`,
    ],
  ])('GIVEN %s THEN building the manifest says how to fix it', (_title, command, message) => {
    expect(() => buildManifest([command], { prefix: '', requestUrl: null })).toThrow(message);
  });

  it.each([
    ['https://bot.example.com', 'https://bot.example.com/slack/events'],
    ['https://bot.example.com/', 'https://bot.example.com/slack/events'],
    ['https://bot.example.com/custom/path', 'https://bot.example.com/custom/path'],
  ])('GIVEN the request URL %s THEN Slack posts to %s', (base, expected) => {
    expect(eventsUrl(base)).toEqual(expected);
  });
});
