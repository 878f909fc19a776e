/**
 * Renders a core Reply as a Block Kit message: a header, the quote in a section with speaker and
 * citation in a context block, buttons in actions blocks, and a plain `text` fallback. Every limit
 * in limits.ts is enforced here: long text is split or cut with a marker, never rejected by Slack.
 * @see https://api.slack.com/reference/block-kit/blocks
 */
import {
  displayReply,
  toPlainText,
  type Block,
  type Button,
  type Reply,
} from '../../core/index.js';
import { LINK_ACTION_ID_PREFIX, encodeAction, type ActionRefs } from './action-codec.js';
import {
  escapeMrkdwn,
  literalMrkdwn,
  mrkdwn,
  mrkdwnLink,
  plainText,
  truncatePlain,
  unlinkUrls,
  type MrkdwnText,
  type PlainText,
} from './escape.js';
import { quoteUrl } from '../../quote-url.js';
import { SLACK_LIMITS } from './limits.js';
import { cutMrkdwn, splitMrkdwn } from './mrkdwn-fit.js';
import { citationMrkdwn, quoteMrkdwn, speakerMrkdwn } from './render-quote.js';

export interface SlackButton {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary';
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText | PlainText; accessory?: SlackButton }
  | { type: 'section'; fields: MrkdwnText[] }
  | { type: 'context'; elements: (MrkdwnText | PlainText)[] }
  | { type: 'actions'; elements: SlackButton[] }
  | { type: 'divider' };

/** What we send to Slack: Block Kit blocks and the plain-text fallback for notifications. */
export interface SlackMessage {
  /** Escaped like mrkdwn: Slack parses the fallback for mentions too. */
  text: string;
  blocks: SlackBlock[];
}

/** The label of the link button beside each quote. */
const SOURCE_BUTTON_LABEL = 'Source';

export interface RenderOptions {
  /** Keys of the actions too large for a button value, stored first (storeLongActions). */
  refs: ActionRefs;
  /** The web site's address (PUBLIC_URL): each quote's context line links to its page ("Open"). */
  publicUrl?: string | undefined;
}

/** Renders a reply; pure: the same reply and refs always give the same message. */
export function renderSlack(original: Reply, options: RenderOptions): SlackMessage {
  const reply = displayReply(original);
  const blocks: SlackBlock[] = [];
  if (reply.type !== 'error' && reply.title.trim() !== '') {
    blocks.push({ type: 'header', text: plainText(reply.title, SLACK_LIMITS.header) });
  }
  const buttonCounter = { next: 0 };
  for (const block of reply.blocks) blocks.push(...renderBlock(block, options, buttonCounter));
  return {
    text: escapeMrkdwn(truncatePlain(toPlainText(reply), SLACK_LIMITS.fallbackText)),
    blocks: capBlocks(blocks),
  };
}

function renderBlock(
  block: Block,
  options: RenderOptions,
  counter: { next: number },
): SlackBlock[] {
  switch (block.type) {
    case 'text':
      // Prose carries what the user typed (a topic, a pasted quote): plain_text shows it as typed.
      if (block.text.trim() === '') return [];
      return splitMrkdwn(unlinkUrls(block.text), SLACK_LIMITS.text).map((chunk) => ({
        type: 'section' as const,
        text: plainText(chunk, SLACK_LIMITS.text),
      }));
    case 'quote': {
      const quote: SlackBlock = {
        type: 'section',
        text: mrkdwn(quoteMrkdwn(block, SLACK_LIMITS.text)),
      };
      const link = block.source.url
        ? linkButton(SOURCE_BUTTON_LABEL, block.source.url, counter)
        : null;
      if (link) quote.accessory = link;
      const parts = [speakerMrkdwn(block), citationMrkdwn(block.source)];
      const page = quoteUrl(options.publicUrl, block.quoteId);
      // The accessory holds the Source button already: the page is a link in the context line.
      if (page && page.length <= SLACK_LIMITS.buttonUrl) parts.push(mrkdwnLink(page, 'Open'));
      return [quote, context(parts)];
    }
    case 'citation':
      return [context([citationMrkdwn(block.source)])];
    case 'fields':
      return chunk(block.fields, SLACK_LIMITS.sectionFields).map((fields) => ({
        type: 'section' as const,
        fields: fields.map((f) =>
          mrkdwn(
            cutMrkdwn(
              `*${literalMrkdwn(f.label)}*\n${literalMrkdwn(f.value)}`,
              SLACK_LIMITS.fieldText,
            ),
          ),
        ),
      }));
    case 'list': {
      if (block.items.length === 0) return [];
      const lines = block.items.map((item) => {
        const title = `• *${literalMrkdwn(item.title)}*`;
        const line = item.detail ? `${title} — ${literalMrkdwn(item.detail)}` : title;
        return cutMrkdwn(line, SLACK_LIMITS.text);
      });
      return packLines(lines, SLACK_LIMITS.text).map(section);
    }
    case 'context':
      if (block.text.trim() === '') return [];
      return [{ type: 'context', elements: [plainText(block.text, SLACK_LIMITS.text)] }];
    case 'buttons': {
      const buttons = block.buttons
        .map((b) => renderButton(b, options, counter))
        .filter((b): b is SlackButton => b !== null);
      return chunk(buttons, SLACK_LIMITS.actionsElements).map((elements) => ({
        type: 'actions' as const,
        elements,
      }));
    }
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** A Block Kit button; null for what Slack cannot show (a disabled button, a non-http link). */
function renderButton(
  button: Button,
  options: RenderOptions,
  counter: { next: number },
): SlackButton | null {
  if (button.kind === 'link') return linkButton(button.label, button.url, counter);
  if (button.disabled) return null;
  const text = plainText(button.label, SLACK_LIMITS.buttonText);
  const encoded = encodeAction(button.action, counter.next++, options.refs);
  const out: SlackButton = { type: 'button', text, ...encoded };
  if (button.style === 'primary') out.style = 'primary';
  return out;
}

/** A button that opens `url`; null when Slack would refuse the URL. */
function linkButton(label: string, url: string, counter: { next: number }): SlackButton | null {
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > SLACK_LIMITS.buttonUrl) return null;
  return {
    type: 'button',
    text: plainText(label, SLACK_LIMITS.buttonText),
    action_id: `${LINK_ACTION_ID_PREFIX}${counter.next++}`,
    url,
  };
}

/**
 * At most 50 blocks: when there are more, the last actions block (paging) is kept and a context
 * block says how many were left out.
 */
function capBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const last = blocks[blocks.length - 1];
  const keepLast = last?.type === 'actions' ? [last] : [];
  const room = SLACK_LIMITS.blocks - 1 - keepLast.length;
  const omitted = blocks.length - keepLast.length - room;
  const marker: SlackBlock = context([
    `… ${omitted} more block${omitted === 1 ? '' : 's'} not shown`,
  ]);
  return [...blocks.slice(0, room), marker, ...keepLast];
}

function section(escaped: string): SlackBlock {
  return { type: 'section', text: mrkdwn(escaped) };
}

function context(escapedParts: string[]): SlackBlock {
  return {
    type: 'context',
    elements: escapedParts
      .slice(0, SLACK_LIMITS.contextElements)
      .map((p) => mrkdwn(cutMrkdwn(p, SLACK_LIMITS.text))),
  };
}

/** Joins lines into as few chunks of at most `max` characters as possible. */
function packLines(lines: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current || out.length === 0) out.push(current);
  return out;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
