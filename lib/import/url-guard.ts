import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";

/**
 * Server-side request forgery guard for URL imports. Our server fetches whatever URL a user pastes, so without this a
 * user could make it read the cloud metadata service or an internal admin page. The rules fail closed: an address is
 * fetched only if it is ordinary public unicast, or its host is on the admin allow-list. Every check here runs again
 * on every redirect hop, and the caller connects to the exact address returned (no second DNS lookup to rebind).
 */

export type Resolver = (hostname: string) => Promise<string[]>;

export type GuardOptions = { allowedHosts?: readonly string[]; resolver?: Resolver };

export type AddressVerdict = { ok: true } | { ok: false; reason: string; description: string };

/** Names that must never be fetched, allow-listed or not: they only ever lead to cloud credentials. */
const METADATA_HOSTNAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);
const METADATA_ADDRESSES = new Set(["169.254.169.254", "100.100.100.200", "fd00:ec2::254"]);

const IPV4_REFUSALS: Record<string, { reason: string; description: string }> = {
  private: { reason: "PRIVATE_ADDRESS", description: "a private network address" },
  loopback: { reason: "LOOPBACK_ADDRESS", description: "a loopback address (this server itself)" },
  linkLocal: { reason: "LINK_LOCAL_ADDRESS", description: "a link-local address" },
  unspecified: { reason: "UNSPECIFIED_ADDRESS", description: "an unspecified address" },
  multicast: { reason: "MULTICAST_ADDRESS", description: "a multicast address" },
  broadcast: { reason: "BROADCAST_ADDRESS", description: "a broadcast address" },
  carrierGradeNat: { reason: "SHARED_ADDRESS", description: "a carrier-grade NAT shared address" },
};
const IPV6_REFUSALS: Record<string, { reason: string; description: string }> = {
  uniqueLocal: IPV4_REFUSALS.private!,
  loopback: IPV4_REFUSALS.loopback!,
  linkLocal: IPV4_REFUSALS.linkLocal!,
  unspecified: IPV4_REFUSALS.unspecified!,
  multicast: IPV4_REFUSALS.multicast!,
};
const RESERVED = { reason: "RESERVED_ADDRESS", description: "a reserved or special-purpose address" };
/** Longer addresses are not articles; browsers and proxies start failing around here too. */
const MAX_URL_LENGTH = 2048;
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/** Whether one IP address may be fetched. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 it carries. */
export function checkAddress(address: string): AddressVerdict {
  // net.isIP is strict (dotted quad or IPv6); ipaddr.isValid would also accept forms like "0x7f.1".
  if (!isIP(address)) return { ok: false, ...RESERVED };
  const ip = ipaddr.process(address);
  if (METADATA_ADDRESSES.has(ip.toString())) {
    return { ok: false, reason: "METADATA_ADDRESS", description: "the cloud metadata service" };
  }
  const range = ip.range();
  if (ip.kind() === "ipv4") return range === "unicast" ? { ok: true } : { ok: false, ...(IPV4_REFUSALS[range] ?? RESERVED) };
  // Only global unicast (2000::/3) is public. NAT64, 6to4 and Teredo sit inside it but embed an IPv4 address that could
  // be internal, so ipaddr.js's separate ranges for them are refused along with everything else that is not "unicast".
  if (range === "unicast" && ip.match(GLOBAL_UNICAST_V6)) return { ok: true };
  return { ok: false, ...(IPV6_REFUSALS[range] ?? RESERVED) };
}

/** The host as compared everywhere: lower case, no IPv6 brackets, no trailing dot ("localhost." is localhost). */
export function canonicalHostname(url: URL): string {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "").toLowerCase();
  return isIP(host) === 6 ? ipaddr.parse(host).toString() : host;
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}

/**
 * Parses what a user pasted and refuses what can never be fetched: other schemes (file:, ftp:, javascript:) and
 * credentials in the URL, which we would otherwise send on the user's behalf to whoever the URL names.
 */
export function parseImportUrl(input: string): URL {
  if (input.length > MAX_URL_LENGTH) {
    throw new AppError("BAD_REQUEST", `This web address is longer than ${MAX_URL_LENGTH} characters.`, { reason: "URL_TOO_LONG" });
  }
  let url: URL;
  try {
    // WHATWG parsing also canonicalises numeric tricks: http://2130706433/ and http://0x7f.1/ become 127.0.0.1.
    url = new URL(input.trim());
  } catch {
    throw new AppError("BAD_REQUEST", `"${input}" is not a valid web address.`, { reason: "INVALID_URL" });
  }
  assertFetchableUrl(url);
  return url;
}

export function assertFetchableUrl(url: URL): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("URL_REFUSED", `Only http and https addresses can be imported, not "${url.protocol}".`, {
      reason: "UNSUPPORTED_SCHEME",
      scheme: url.protocol.replace(/:$/, ""),
    });
  }
  if (url.username || url.password) {
    throw new AppError(
      "URL_REFUSED",
      "This URL contains a user name or password; remove them (the desk never sends credentials to a source).",
      { reason: "CREDENTIALS_IN_URL" },
    );
  }
}

/** Admin allow-list entries are "host" (any port) or "host:port"; IPv6 as "[::1]:8080" or bare "::1". */
export function isHostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const host = canonicalHostname(url);
  const port = effectivePort(url);
  return allowedHosts.some((entry) => {
    const allowed = parseAllowedHost(entry);
    return allowed !== undefined && allowed.host === host && (allowed.port === undefined || allowed.port === port);
  });
}

function parseAllowedHost(entry: string): { host: string; port?: string } | undefined {
  const trimmed = entry.trim();
  if (!trimmed) return undefined;
  if (isIP(trimmed) === 6) return { host: ipaddr.parse(trimmed).toString() };
  try {
    const url = new URL(`http://${trimmed}`);
    if (url.pathname !== "/" || url.search || url.username) return undefined;
    // URL drops a default port (":80"), so read the port the admin wrote from the entry itself.
    const port = /\]?:(\d+)$/.exec(trimmed)?.[1];
    return { host: canonicalHostname(url), ...(port ? { port: String(Number(port)) } : {}) };
  } catch {
    return undefined;
  }
}

const defaultResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Resolves the URL's host and returns the one address the caller must connect to. Every resolved address is checked,
 * not just the first, because the connection could otherwise be steered to whichever one the OS prefers.
 */
export async function resolveCheckedAddress(url: URL, { allowedHosts = [], resolver = defaultResolver }: GuardOptions): Promise<string> {
  const host = canonicalHostname(url);
  if (METADATA_HOSTNAMES.has(host)) throw refused(host, undefined, { ok: false, reason: "METADATA_ADDRESS", description: "the cloud metadata service" });
  const allowed = isHostAllowed(url, allowedHosts);

  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolver(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      throw new AppError("UPSTREAM_FAILED", `The site "${host}" could not be found (DNS lookup failed${code ? `: ${code}` : ""}).`, {
        reason: "DNS_FAILED",
        host,
      });
    }
    if (addresses.length === 0) {
      throw new AppError("UPSTREAM_FAILED", `The site "${host}" could not be found (no DNS address).`, { reason: "DNS_FAILED", host });
    }
  }

  for (const address of addresses) {
    const verdict = checkAddress(address);
    // The allow-list opens private and loopback space for internal sources, never the metadata service.
    if (!verdict.ok && (!allowed || verdict.reason === "METADATA_ADDRESS" || !isIP(address))) {
      throw refused(host, address, verdict);
    }
  }
  // ipaddr.process turns ::ffff:a.b.c.d into a.b.c.d, so we connect to exactly the address that was judged. IPv4 goes
  // first: many servers (and containers) have no IPv6 route, and we make one connection attempt, not several.
  const judged = addresses.map((address) => ipaddr.process(address));
  return (judged.find((ip) => ip.kind() === "ipv4") ?? judged[0]!).toString();
}

function refused(host: string, address: string | undefined, verdict: Extract<AddressVerdict, { ok: false }>): AppError {
  const where = address === undefined || address === host ? host : `${host}, which resolves to ${address}`;
  const advice =
    verdict.reason === "METADATA_ADDRESS"
      ? ", which can never be imported."
      : "; ask an admin to allow this host if it is an internal source.";
  return new AppError("URL_REFUSED", `This URL points to ${verdict.description}: ${where}${advice}`, {
    reason: verdict.reason,
    host,
    ...(address ? { address } : {}),
  });
}
