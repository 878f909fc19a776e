/**
 * A `verify` command with the input of the core's /verify (`{ text, speaker? }`) that records what
 * it was given and answers "Checked: <text>", so the shortcut's plumbing is tested on its own.
 */
import { z } from 'zod';
import { defineCommand, makeReply, type AnyCommand } from '../../../src/core/index.js';

export function recordingVerify(): {
  command: AnyCommand;
  inputs: { text: string; speaker?: string }[];
} {
  const inputs: { text: string; speaker?: string }[] = [];
  const command = defineCommand({
    name: 'verify',
    description: 'Check a quote against the sources',
    options: [
      {
        name: 'text',
        description: 'The quote as it was pasted',
        type: 'string',
        required: true,
        positional: true,
      },
      { name: 'speaker', description: 'Who it is attributed to', type: 'string', required: false },
    ],
    input: z.object({ text: z.string().min(1), speaker: z.string().optional() }),
    run: (input) => {
      inputs.push(input);
      return makeReply({
        title: 'Verdict',
        blocks: [{ type: 'text', text: `Checked: ${input.text}` }],
        data: input,
      });
    },
  });
  return { command, inputs };
}
