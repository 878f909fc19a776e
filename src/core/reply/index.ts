/**
 * The Reply: what every command returns and every adapter renders (plain data), with the labels
 * and plain-text forms shared by all platforms. Imports nothing from the core but its types.
 */
export * from './reply.js';
export { toPlainText } from './plain-text.js';
export { displayReply, withoutBidiControls } from './display-text.js';
export { roleLabel, speakerLine, speakerNote } from './labels.js';
