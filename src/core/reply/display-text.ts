/**
 * Text shown around the quotes is shown as typed: a right-to-left override (U+202E) typed into a
 * /timeline topic, or saved in a document's title, would otherwise show the rest of a public title
 * backwards. Every renderer passes its reply through `displayReply` first, so this is the one
 * place where bidirectional controls are removed.
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings
 */
import type { Block, Button, Reply, SourceRef } from './reply.js';

/**
 * Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks (U+200E,
 * U+200F, U+061C): invisible, and able to reorder the text around them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * The reply with bidirectional controls removed from every text meant for display: title, prose,
 * list and field text, speakers, source titles and publishers, button labels. A quote's words are
 * left exact (they are the document's, and the renderers keep them on their own line); `data`
 * (the CLI's JSON) is untouched.
 */
export function displayReply(reply: Reply): Reply {
  return {
    ...reply,
    title: withoutBidiControls(reply.title),
    blocks: reply.blocks.map(displayBlock),
  };
}

function displayBlock(block: Block): Block {
  const clean = withoutBidiControls;
  switch (block.type) {
    case 'text':
    case 'context':
      return { ...block, text: clean(block.text) };
    case 'quote':
      return {
        ...block,
        speaker: clean(block.speaker),
        ...(block.quotedBy === undefined ? {} : { quotedBy: clean(block.quotedBy) }),
        source: displaySource(block.source),
      };
    case 'citation':
      return { ...block, source: displaySource(block.source) };
    case 'fields':
      return {
        ...block,
        fields: block.fields.map((f) => ({ label: clean(f.label), value: clean(f.value) })),
      };
    case 'list':
      return {
        ...block,
        items: block.items.map((i) => ({ title: clean(i.title), detail: clean(i.detail) })),
      };
    case 'buttons':
      return { ...block, buttons: block.buttons.map(displayButton) };
    case 'divider':
      return block;
  }
}

function displaySource(source: SourceRef): SourceRef {
  const clean = (s: string | null) => (s === null ? null : withoutBidiControls(s));
  return {
    ...source,
    title: withoutBidiControls(source.title),
    publisher: clean(source.publisher),
    author: clean(source.author),
    publishedLabel: clean(source.publishedLabel),
  };
}

function displayButton(button: Button): Button {
  return { ...button, label: withoutBidiControls(button.label) };
}
