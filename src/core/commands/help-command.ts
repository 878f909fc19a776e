/**
 * /help: every command with its options, generated from the declarations.
 */
import { z } from 'zod';
import { makeReply, type Block } from '../reply/index.js';
import { defineCommand, type AnyCommand } from './define-command.js';
import { usageLine } from './dispatch.js';

export function makeHelpCommand(list: () => readonly AnyCommand[]) {
  return defineCommand({
    name: 'help',
    description: 'How to use Verbatim: the commands and their options',
    options: [],
    input: z.object({}),
    run: (_input, ctx) => {
      const commands = list();
      const prefix = ctx.commandPrefix ?? '';
      const blocks: Block[] = [
        {
          type: 'text',
          text: 'Verbatim answers from its corpus of documents, never from memory: every quote is the exact published text, with who said it and where.',
        },
      ];
      for (const c of commands) {
        blocks.push({ type: 'text', text: `/${prefix}${c.name} — ${c.description}` });
        if (c.options.length > 0) {
          blocks.push({
            type: 'list',
            items: c.options.map((o: AnyCommand['options'][number]) => ({
              title: o.positional ? `${o.name} (text)` : `${o.name}:`,
              detail: `${o.description}${o.required ? ' (required)' : ''}`,
            })),
          });
        }
        blocks.push({
          type: 'context',
          text: [
            usageLine(c, prefix),
            ...(c.examples ?? [])
              .filter(Boolean)
              .map((e: string) => `e.g. /${prefix}${c.name} ${e}`),
          ].join('  ·  '),
        });
      }
      return makeReply({
        type: 'card',
        title: 'Verbatim help',
        blocks,
        visibility: 'private',
        data: {
          commands: commands.map((c) => ({
            name: c.name,
            description: c.description,
            usage: usageLine(c, prefix),
            options: c.options,
            examples: c.examples ?? [],
          })),
        },
      });
    },
  });
}
