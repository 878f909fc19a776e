import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS, defineCommand, errorReply, type AnyCommand } from '../../src/core/index.js';
import { buildCommandData } from '../../src/adapters/discord/command-data.js';

const run = () => errorReply('internal', 'not used');

const find = defineCommand({
  name: 'find',
  description:
    'Find things in the corpus with a description that is far too long for Discord to accept as it is written here',
  options: [
    {
      name: 'speaker',
      description: 'Who said it',
      type: 'string',
      required: false,
      maxLength: 100,
      autocomplete: 'speaker',
    },
    {
      name: 'query',
      description: 'Words to find',
      type: 'string',
      required: true,
      positional: true,
      minLength: 1,
      maxLength: 9000,
      autocomplete: 'quote',
    },
    { name: 'from', description: 'From this date', type: 'date', required: false, maxLength: 10 },
    {
      name: 'limit',
      description: 'Results per page',
      type: 'integer',
      required: false,
      min: 1,
      max: 10,
    },
    {
      name: 'sort',
      description: 'Order',
      type: 'string',
      required: false,
      choices: [
        { name: 'Newest first', value: 'newest' },
        { name: 'Best match', value: 'best' },
      ],
      autocomplete: 'source',
    },
    {
      name: 'size',
      description: 'Page size',
      type: 'integer',
      required: false,
      choices: [{ name: 'Three', value: '3' }],
    },
  ],
  input: z.object({}),
  run,
});
const help = defineCommand({
  name: 'help',
  description: 'How to use it',
  options: [],
  input: z.object({}),
  run,
});
const reload = defineCommand({
  name: 'reload',
  description: 'Reload the corpus',
  options: [{ name: 'private', description: 'Only you see it', type: 'boolean', required: false }],
  input: z.object({}),
  run,
  adminOnly: true,
});
const verify = defineCommand({
  name: 'verify',
  description: 'Check a quote against the corpus',
  options: [
    { name: 'text', description: 'The quote', type: 'string', required: true, positional: true },
  ],
  input: z.object({}),
  run,
});

const PRIVATE = {
  type: 5,
  name: 'private',
  description: 'Show the answer only to you (default: everyone in the channel sees it)',
  required: false,
};

describe('buildCommandData', () => {
  it('GIVEN declarations with every option type THEN typed options, limits, choices, autocomplete, required first, and private added where missing', () => {
    expect(buildCommandData([find, help, reload] as AnyCommand[])).toEqual([
      {
        type: 1,
        name: 'find',
        description:
          'Find things in the corpus with a description that is far too long for Discord to accept as it is wr…',
        options: [
          {
            type: 3,
            name: 'query',
            description: 'Words to find',
            required: true,
            min_length: 1,
            max_length: 6000,
            autocomplete: true,
          },
          {
            type: 3,
            name: 'speaker',
            description: 'Who said it',
            required: false,
            max_length: 100,
            autocomplete: true,
          },
          { type: 3, name: 'from', description: 'From this date', required: false, max_length: 10 },
          {
            type: 4,
            name: 'limit',
            description: 'Results per page',
            required: false,
            min_value: 1,
            max_value: 10,
          },
          {
            type: 3,
            name: 'sort',
            description: 'Order',
            required: false,
            choices: [
              { name: 'Newest first', value: 'newest' },
              { name: 'Best match', value: 'best' },
            ],
          },
          {
            type: 4,
            name: 'size',
            description: 'Page size',
            required: false,
            choices: [{ name: 'Three', value: 3 }],
          },
          PRIVATE,
        ],
      },
      { type: 1, name: 'help', description: 'How to use it', options: [] },
      {
        type: 1,
        name: 'reload',
        description: 'Reload the corpus',
        options: [{ type: 5, name: 'private', description: 'Only you see it', required: false }],
        default_member_permissions: '32',
        contexts: [0],
      },
    ]);
  });

  it('GIVEN a verify command THEN the "Verify quote" message command is registered after the slash commands', () => {
    expect(buildCommandData([help, verify] as AnyCommand[]).map((c) => [c.type, c.name])).toEqual([
      [1, 'help'],
      [1, 'verify'],
      [3, 'Verify quote'],
    ]);
  });

  it('GIVEN the core commands THEN every entry follows Discord’s naming and size rules', () => {
    const problems: string[] = [];
    for (const c of buildCommandData(COMMANDS)) {
      if (c.type === 1 || c.type === undefined) {
        if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(c.name)) problems.push(`${c.name}: name`);
        if (c.description.length < 1 || c.description.length > 100)
          problems.push(`${c.name}: description`);
        const options = c.options ?? [];
        if (options.length > 25) problems.push(`${c.name}: too many options`);
        let optionalSeen = false;
        for (const o of options) {
          if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(o.name)) problems.push(`${c.name}.${o.name}: name`);
          if (o.description.length < 1 || o.description.length > 100)
            problems.push(`${c.name}.${o.name}: description`);
          if (o.required && optionalSeen)
            problems.push(`${c.name}.${o.name}: required after optional`);
          if (!o.required) optionalSeen = true;
        }
      } else if (c.name.length > 32) problems.push(`${c.name}: name`);
    }
    expect(problems).toEqual([]);
  });
});
