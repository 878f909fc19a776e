/**
 * Keeps a message's embeds inside Discord's limits: per-field lengths, 25 fields, 10 embeds and
 * 6000 characters across all embeds. Text is cut with a visible `…`, never rejected by Discord.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { APIEmbed } from 'discord.js';
import { clipMarkdown, clipPlain } from './clip-text.js';
import { DISCORD_LIMITS as L } from './limits.js';

/** Shortest a description is cut to while making room under the 6000 total. */
const MIN_DESCRIPTION = 200;

/** Characters Discord counts towards the 6000 total of one embed. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export function fitEmbeds(input: readonly APIEmbed[]): APIEmbed[] {
  let embeds = input.map(fitOne);
  if (embeds.length > L.embedsPerMessage) {
    const hidden = embeds.length - (L.embedsPerMessage - 1);
    embeds = embeds.slice(0, L.embedsPerMessage - 1);
    embeds.push({
      ...(embeds[0]?.color !== undefined ? { color: embeds[0].color } : {}),
      description: `… and ${hidden} more not shown.`,
    });
  }
  let total = embeds.reduce((n, e) => n + embedLength(e), 0);
  while (total > L.embedsTotal) {
    const over = total - L.embedsTotal;
    const longest = embeds.reduce(
      (best, e, i) =>
        (e.description?.length ?? 0) > (embeds[best]?.description?.length ?? 0) ? i : best,
      0,
    );
    const target = embeds[longest]!;
    const length = target.description?.length ?? 0;
    if (length > MIN_DESCRIPTION) {
      embeds[longest] = {
        ...target,
        description: clipMarkdown(target.description!, Math.max(MIN_DESCRIPTION, length - over)),
      };
    } else if (embeds.length > 1) {
      embeds = embeds.slice(0, -1);
    } else {
      embeds[0] = { ...target, fields: (target.fields ?? []).slice(0, -1) };
    }
    total = embeds.reduce((n, e) => n + embedLength(e), 0);
  }
  return embeds;
}

function fitOne(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clipMarkdown(out.title, L.embedTitle);
  if (out.description !== undefined)
    out.description = clipMarkdown(out.description, L.embedDescription);
  if (out.author)
    out.author = { ...out.author, name: clipPlain(out.author.name, L.embedAuthorName) };
  if (out.footer)
    out.footer = { ...out.footer, text: clipPlain(out.footer.text, L.embedFooterText) };
  if (out.fields) {
    out.fields = out.fields.slice(0, L.embedFields).map((f) => ({
      ...f,
      name: clipMarkdown(f.name, L.embedFieldName),
      value: clipMarkdown(f.value, L.embedFieldValue),
    }));
  }
  return out;
}
