/**
 * The core's suggestions as Discord autocomplete choices: at most 25, names and values at most 100
 * characters, no duplicates, in the core's order (best first).
 * @see https://discord.com/developers/docs/interactions/application-commands#autocomplete
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { withoutBidiControls, type Suggestion } from '../../core/index.js';
import { clipPlain } from './clip-text.js';
import { DISCORD_LIMITS as L } from './limits.js';

export function toChoices(
  suggestions: readonly Suggestion[],
): APIApplicationCommandOptionChoice<string>[] {
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const s of suggestions) {
    const name = clipPlain(withoutBidiControls(s.label).replace(/\s+/g, ' ').trim(), L.choiceName);
    const value = clipValue(s.value.trim());
    if (name === '' || value === '' || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name, value });
    if (choices.length === L.autocompleteChoices) break;
  }
  return choices;
}

/**
 * A value becomes the option's text when picked, so it gets no ellipsis: a long quote is cut at
 * the last word boundary, which still finds the quote as a search.
 */
function clipValue(value: string): string {
  if (value.length <= L.choiceValue) return value;
  const cut = value.slice(0, L.choiceValue);
  const space = cut.lastIndexOf(' ');
  return (space > L.choiceValue / 2 ? cut.slice(0, space) : cut).trimEnd();
}
