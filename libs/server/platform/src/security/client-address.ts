import { isIP } from 'node:net';

/**
 * The key a client address is counted under for login limits: an IPv4 address as it is (an
 * IPv4-mapped IPv6 address as its IPv4 form), an IPv6 address by its /64 network, since one
 * subscriber usually holds a whole /64. Null when there is no usable address.
 */
export function addressKey(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, lower-case, without leading zeros. */
function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  let left = groups(head);
  let right = address.includes('::') ? groups(tail) : [];
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) is two groups.
  const toHex = (parts: string[]) =>
    parts.flatMap((g) => {
      if (!g.includes('.')) return [g];
      const [a, b, c, d] = g.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  left = toHex(left);
  right = toHex(right);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) =>
    (parseInt(g, 16) || 0).toString(16),
  );
}
