/**
 * Checks that an HTTP interaction comes from Discord: an Ed25519 signature, by the application's
 * public key, over the timestamp header followed by the raw body. A request more than five
 * minutes old (or ahead) is refused too, so a captured request cannot be replayed later.
 * @see https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** How far the signed timestamp may be from the bot's clock, either way. */
const SIGNATURE_MAX_SKEW_MS = 5 * 60 * 1000;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, as the Developer Portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  }
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

export interface SignedRequest {
  /** `X-Signature-Ed25519`: 128 hex characters. */
  signature: string | undefined;
  /** `X-Signature-Timestamp`: Unix seconds. */
  timestamp: string | undefined;
  /** The body's bytes exactly as received (not re-encoded text). */
  body: Uint8Array;
}

/** Why a request was refused; safe to log (no signature, no body). */
export type SignatureRefusal =
  | 'missing-headers'
  | 'malformed-signature'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'bad-signature';

/** Null when the request is genuine and fresh, otherwise the reason to refuse it. */
export function checkSignature(
  request: SignedRequest,
  publicKey: KeyObject,
  nowMs: number,
): SignatureRefusal | null {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return 'missing-headers';
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return 'malformed-signature';
  if (!/^\d{1,12}$/.test(timestamp)) return 'malformed-timestamp';
  const skew = nowMs - Number(timestamp) * 1000;
  if (skew > SIGNATURE_MAX_SKEW_MS) return 'stale-timestamp';
  if (-skew > SIGNATURE_MAX_SKEW_MS) return 'future-timestamp';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, publicKey, Buffer.from(signature, 'hex')) ? null : 'bad-signature';
}
