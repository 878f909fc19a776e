/**
 * Which IP addresses a fetch may connect to: not loopback, private (RFC 1918), carrier-grade NAT
 * (RFC 6598), link-local, unique-local IPv6 (RFC 4193) or any other special-purpose range, so a
 * URL cannot make the bot read the machine it runs on or its network. IPv4 addresses written as
 * IPv6 (`::ffff:127.0.0.1`) are judged as IPv4.
 * @see https://www.iana.org/assignments/iana-ipv4-special-registry/
 */
import { BlockList, isIP } from 'node:net';

const RANGES: readonly [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'an unspecified address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local address'],
  ['172.16.0.0', 12, 'ipv4', 'a private address'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved address'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation address'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved address'],
  ['::', 128, 'ipv6', 'an unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['fc00::', 7, 'ipv6', 'a unique-local address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
  ['2001:db8::', 32, 'ipv6', 'a documentation address'],
];

/** What kind of non-public address `address` is ("a loopback address"), or null when public. */
export function nonPublicRange(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const mapped = family === 6 ? mappedIpv4(address) : null;
  const ip = mapped ?? address;
  const type = mapped || family === 4 ? 'ipv4' : 'ipv6';
  for (const [network, prefix, rangeType, what] of RANGES) {
    if (rangeType !== type) continue;
    const list = new BlockList();
    list.addSubnet(network, prefix, rangeType);
    if (list.check(ip, type)) return what;
  }
  return null;
}

/** `::ffff:127.0.0.1` or `::ffff:7f00:1` → `127.0.0.1`. */
function mappedIpv4(address: string): string | null {
  const dotted = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
