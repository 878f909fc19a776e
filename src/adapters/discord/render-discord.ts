/**
 * Renders a core Reply as a Discord message: embeds (one per quote, with speaker, source and quote
 * id), button rows and flags, always inside Discord's limits and with mentions switched off.
 * @see https://discord.com/developers/docs/resources/message#embed-object
 * @see https://discord.com/developers/docs/components/reference#button
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import type { Action, Block, Button, Reply, SourceRef } from '../../core/index.js';
import { displayReply, speakerLine } from '../../core/index.js';
import { literalMarkdown, markdownWithHighlights } from './escape-markdown.js';
import { clipPlain } from './clip-text.js';
import { fitEmbeds } from './fit-embeds.js';
import { DISCORD_LIMITS } from './limits.js';
import { quoteUrl } from '../../quote-url.js';

/** Mentions are never parsed: corpus or user text with `@everyone` or `<@&role>` pings nobody. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false as const };

/** Notes up to this long before a quote become its embed title; longer ones an italic line. */
const TITLE_LABEL_MAX = 40;

const EMBED_COLOURS = { card: 0x3b6ea8, list: 0x3b6ea8, error: 0xc0392b } as const;

/** A message ready for `interaction.reply` / `update` / `editReply` / `followUp`. */
export interface DiscordMessage {
  /** Only set when there are no embeds (then `SuppressEmbeds` keeps links from unfurling). */
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** `MessageFlags` bits: `Ephemeral` for private replies, `SuppressEmbeds` for plain text. */
  flags: number;
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderOptions {
  /** Custom id for an action button (the codec, with the owner the handler chose). */
  customIdFor: (action: Action) => string;
  /** Make the message ephemeral even when the reply is public (the `private` option). */
  forcePrivate?: boolean;
  /** The web site's address (PUBLIC_URL): each quote embed links to its page ("Open"). */
  publicUrl?: string | undefined;
}

/** Renders a Reply; pure: the same reply and options always give the same payload. */
export function renderDiscord(original: Reply, options: RenderOptions): DiscordMessage {
  const reply = displayReply(original);
  const embeds = fitEmbeds(buildEmbeds(reply, options.publicUrl));
  const components = buildComponents(reply.blocks, options.customIdFor);
  const ephemeral = reply.visibility === 'private' || options.forcePrivate === true;
  return {
    embeds,
    components,
    flags: ephemeral ? MessageFlags.Ephemeral : 0,
    allowedMentions: NO_MENTIONS,
  };
}

/** A short plain-text message (stale buttons, failures): no embed, links never unfurl. */
export function renderNotice(text: string, ephemeral = true): DiscordMessage {
  return {
    content: clipPlain(text, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    flags: (ephemeral ? MessageFlags.Ephemeral : 0) | MessageFlags.SuppressEmbeds,
    allowedMentions: NO_MENTIONS,
  };
}

/** The payload for an edit or an in-place update: ephemerality cannot change after the fact. */
export function forEdit(message: DiscordMessage): DiscordMessage {
  return { ...message, flags: message.flags & ~MessageFlags.Ephemeral };
}

interface Draft {
  embed: APIEmbed;
  /** Paragraphs of the description, joined by blank lines. */
  paragraphs: string[];
  /** Footer pieces, joined by " · ". */
  footer: string[];
  isQuote: boolean;
}

function buildEmbeds(reply: Reply, publicUrl: string | undefined): APIEmbed[] {
  const colour = EMBED_COLOURS[reply.type];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  /**
   * A context block right before a quote is about that quote: a short one ("Before:", "After:")
   * becomes its title, a longer note an italic line above the words.
   */
  let label: string | null = null;
  const open = (isQuote: boolean): Draft => {
    current = { embed: { color: colour }, paragraphs: [], footer: [], isQuote };
    drafts.push(current);
    return current;
  };
  const prose = (): Draft => (current && !current.isQuote ? current : open(false));

  reply.blocks.forEach((block, i) => {
    switch (block.type) {
      case 'text':
        prose().paragraphs.push(literalMarkdown(block.text));
        break;
      case 'quote': {
        const first = drafts.length === 0;
        const draft = open(true);
        if (label !== null && !first && label.length <= TITLE_LABEL_MAX) {
          draft.embed.title = literalMarkdown(label);
        } else if (label !== null) draft.paragraphs.push(italic(label));
        label = null;
        draft.embed.author = { name: speakerLine(block.speaker, block.role, block.quotedBy) };
        draft.paragraphs.push(quoteMarkdown(block));
        draft.embed.fields = [
          { name: 'Source', value: sourceMarkdown(block.source), inline: false },
        ];
        const page = openUrl(publicUrl, block.quoteId);
        if (page) {
          // The embed's url links its title; the field is the visible "Open" for every embed.
          draft.embed.url = page;
          draft.embed.fields.push({ name: 'Quote page', value: `[Open](${page})`, inline: false });
        }
        draft.footer.push(`Quote ${block.quoteId}`);
        break;
      }
      case 'citation':
        prose().paragraphs.push(sourceMarkdown(block.source));
        break;
      case 'fields': {
        const draft = current ?? open(false);
        draft.embed.fields = [...(draft.embed.fields ?? []), ...block.fields.map(toField)];
        break;
      }
      case 'list':
        prose().paragraphs.push(block.items.map(listLine).join('\n'));
        break;
      case 'context': {
        const next = reply.blocks.slice(i + 1).find((b) => b.type !== 'buttons');
        if (next?.type === 'quote') label = label === null ? block.text : `${label} ${block.text}`;
        else if (next === undefined || next.type === 'divider')
          (current ?? open(false)).footer.push(block.text);
        else prose().paragraphs.push(italic(block.text));
        break;
      }
      case 'divider':
        current = null;
        break;
      case 'buttons':
        break;
    }
  });
  if (drafts.length === 0) open(false);
  drafts[0]!.embed.title = literalMarkdown(reply.title);
  return drafts.map((d) => {
    const embed: APIEmbed = { ...d.embed };
    if (d.paragraphs.length > 0) embed.description = d.paragraphs.join('\n\n');
    if (d.footer.length > 0) embed.footer = { text: d.footer.join(' · ') };
    return embed;
  });
}

/** The quote page's URL when there is a site and Discord would accept it as a link. */
function openUrl(publicUrl: string | undefined, quoteId: string): string | null {
  const url = quoteUrl(publicUrl, quoteId);
  if (url === null || !isHttpUrl(url) || url.length > DISCORD_LIMITS.linkButtonUrl) return null;
  return linkTarget(url);
}

function italic(text: string): string {
  return `_${literalMarkdown(text.trim())}_`;
}

function listLine(item: { title: string; detail: string }): string {
  const title = `**${literalMarkdown(item.title)}**`;
  return item.detail ? `${title} — ${literalMarkdown(item.detail)}` : title;
}

/** The quote in curly quotes, ellipses where it is cut from a longer passage, matches in bold. */
function quoteMarkdown(block: Extract<Block, { type: 'quote' }>): string {
  const before = block.truncatedBefore ? '…' : '';
  const after = block.truncatedAfter ? '…' : '';
  return `“${before}${markdownWithHighlights(block.text, block.highlights)}${after}”`;
}

/**
 * The core's citation line (`Title — Publisher, 6 Nov 2019`) in markdown, the title linking to
 * the source when it has a URL.
 */
function sourceMarkdown(source: SourceRef): string {
  const title = literalMarkdown(source.title);
  const linked =
    source.url && isHttpUrl(source.url) ? `[${title}](${linkTarget(source.url)})` : title;
  const where = [source.publisher, source.publishedLabel].filter(Boolean).join(', ');
  return where ? `${linked} — ${literalMarkdown(where)}` : linked;
}

function toField(field: { label: string; value: string }): APIEmbedField {
  const value = field.value.trim() === '' ? '—' : literalMarkdown(field.value);
  return {
    name: literalMarkdown(field.label.trim() === '' ? '—' : field.label),
    value,
    inline: field.value.length <= 40,
  };
}

function buildComponents(
  blocks: readonly Block[],
  customIdFor: (action: Action) => string,
): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIButtonComponent[][] = [];
  const seen = new Set<string>();
  const add = (row: APIButtonComponent[], button: APIButtonComponent | null): void => {
    if (!button) return;
    const key = 'custom_id' in button ? button.custom_id : 'url' in button ? button.url : '';
    if (seen.has(key)) return;
    seen.add(key);
    row.push(button);
  };
  for (const block of blocks) {
    if (block.type !== 'buttons') continue;
    const row: APIButtonComponent[] = [];
    for (const button of block.buttons) add(row, toButton(button, customIdFor));
    rows.push(...chunk(row, DISCORD_LIMITS.buttonsPerRow));
  }
  // A link button to each quoted source the core did not already link.
  const links: APIButtonComponent[] = [];
  for (const block of blocks) {
    const source = block.type === 'quote' || block.type === 'citation' ? block.source : null;
    if (!source?.url) continue;
    add(
      links,
      toButton({ kind: 'link', label: `Source: ${source.title}`, url: source.url }, customIdFor),
    );
  }
  rows.push(...chunk(links, DISCORD_LIMITS.buttonsPerRow));
  return rows
    .filter((r) => r.length > 0)
    .slice(0, DISCORD_LIMITS.actionRows)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}

function toButton(
  button: Button,
  customIdFor: (action: Action) => string,
): APIButtonComponent | null {
  const label = clipPlain(button.label, DISCORD_LIMITS.buttonLabel);
  if (button.kind === 'link') {
    if (!isHttpUrl(button.url) || button.url.length > DISCORD_LIMITS.linkButtonUrl) return null;
    return { type: ComponentType.Button, style: ButtonStyle.Link, label, url: button.url };
  }
  return {
    type: ComponentType.Button,
    style: button.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label,
    custom_id: customIdFor(button.action),
    ...(button.disabled ? { disabled: true } : {}),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>]+$/.test(url);
}

/** Parentheses would end a markdown link target early. */
function linkTarget(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
