import { describe, expect, it } from 'vitest';
import { readInteraction } from '../../src/adapters/discord/http-payload.js';
import {
  ADMIN_PERMISSIONS,
  ALICE,
  autocomplete,
  buttonClick,
  chatInput,
  messageCommand,
} from './interactions.js';

/** The Incoming read from a payload, without its id (which the builders number) and place. */
function read(payload: Record<string, unknown>): unknown {
  const result = readInteraction(payload);
  if (!result.ok) return result.error;
  const { id: _id, place: _place, ...incoming } = result.interaction.incoming;
  return incoming;
}

/** Where the payload says the interaction was used. */
function placeOf(payload: Record<string, unknown>): unknown {
  const result = readInteraction(payload);
  return result.ok ? result.interaction.incoming.place : result.error;
}

describe('reading an HTTP interaction', () => {
  it('GIVEN a command in a server channel or a thread THEN its place names the server, the channel and the thread’s parent', () => {
    const inChannel = chatInput('help', {});
    const inThread = {
      ...chatInput('help', {}),
      channel_id: '1400000000000000009',
      channel: { id: '1400000000000000009', type: 11, parent_id: '1400000000000000001' },
    };
    const inDm: Record<string, unknown> = { ...chatInput('help', {}), user: { id: ALICE } };
    delete inDm['guild_id'];
    delete inDm['member'];
    expect([placeOf(inChannel), placeOf(inThread), placeOf(inDm)]).toEqual([
      { guildId: '1500000000000000001', channelId: '1400000000000000001', parentChannelId: null },
      {
        guildId: '1500000000000000001',
        channelId: '1400000000000000009',
        parentChannelId: '1400000000000000001',
      },
      { guildId: null, channelId: '1400000000000000001', parentChannelId: null },
    ]);
  });

  it.each([
    [
      'a slash command from a member',
      chatInput('quote', { query: 'gold', limit: 3, private: true }),
      {
        kind: 'slash',
        commandName: 'quote',
        options: { query: 'gold', limit: 3, private: true },
        userId: ALICE,
        isAdmin: false,
      },
    ],
    [
      'a slash command from a member with Manage Server',
      chatInput('reload', {}, { permissions: ADMIN_PERMISSIONS }),
      { kind: 'slash', commandName: 'reload', options: {}, userId: ALICE, isAdmin: true },
    ],
    [
      'a slash command in a DM (user, no member)',
      (() => {
        const { member: _m, guild_id: _g, ...rest } = chatInput('help', {});
        return { ...rest, user: { id: ALICE } };
      })(),
      { kind: 'slash', commandName: 'help', options: {}, userId: ALICE, isAdmin: false },
    ],
    [
      'autocomplete',
      autocomplete('quote', { query: 'gold', speaker: 'wi' }, 'speaker'),
      { kind: 'autocomplete', commandName: 'quote', focused: { name: 'speaker', value: 'wi' } },
    ],
    [
      'a button',
      buttonClick('v1|quote.page|x', { content: '' }),
      { kind: 'button', customId: 'v1|quote.page|x', userId: ALICE },
    ],
    [
      'the message command',
      messageCommand('Verify quote', 'Some words'),
      {
        kind: 'message-command',
        commandName: 'Verify quote',
        targetText: 'Some words',
        userId: ALICE,
      },
    ],
    [
      'a user command (not handled)',
      { ...chatInput('help', {}), data: { id: '1', name: 'Profile', type: 2, target_id: '2' } },
      { kind: 'other', type: 2 },
    ],
    [
      'a select menu (not handled)',
      { ...buttonClick('menu', { content: '' }), data: { custom_id: 'menu', component_type: 3 } },
      { kind: 'other', type: 3 },
    ],
    [
      'autocomplete with no focused option',
      autocomplete('quote', { query: 'gold' }, 'none'),
      'not a Discord interaction: no focused option',
    ],
    [
      'a message command without its target',
      { ...messageCommand('Verify quote', 'x'), data: { id: '1', name: 'Verify quote', type: 3 } },
      'not a Discord interaction: data.resolved.messages has no target message',
    ],
    [
      'a token that is not a string',
      { ...chatInput('help', {}), token: 42 },
      'not a Discord interaction: token: Invalid input: expected string, received number',
    ],
  ])('GIVEN %s THEN %j', (_case, payload, expected) => {
    expect(read(payload)).toEqual(expected);
  });
});
