import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { checkAddress, isHostAllowed, parseImportUrl, resolveCheckedAddress } from "./url-guard";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A resolver that fails the test if called: literal addresses must be judged without DNS. */
const noDns = vi.fn(async (): Promise<string[]> => {
  throw new Error("DNS must not be consulted");
});

describe("checkAddress", () => {
  it.each([
    ["8.8.8.8"],
    ["93.184.216.34"],
    ["2606:4700:4700::1111"],
  ])("accepts public unicast %s", (address) => {
    expect(checkAddress(address)).toEqual({ ok: true });
  });

  it.each([
    ["10.0.0.5", "PRIVATE_ADDRESS"],
    ["172.16.3.4", "PRIVATE_ADDRESS"],
    ["172.31.255.255", "PRIVATE_ADDRESS"],
    ["192.168.1.1", "PRIVATE_ADDRESS"],
    ["fc00::1", "PRIVATE_ADDRESS"],
    ["fd12:3456::1", "PRIVATE_ADDRESS"],
    ["127.0.0.1", "LOOPBACK_ADDRESS"],
    ["127.255.0.9", "LOOPBACK_ADDRESS"],
    ["::1", "LOOPBACK_ADDRESS"],
    ["169.254.10.10", "LINK_LOCAL_ADDRESS"],
    ["fe80::1", "LINK_LOCAL_ADDRESS"],
    ["169.254.169.254", "METADATA_ADDRESS"],
    ["fd00:ec2::254", "METADATA_ADDRESS"],
    ["100.100.100.200", "METADATA_ADDRESS"],
    ["0.0.0.0", "UNSPECIFIED_ADDRESS"],
    ["::", "UNSPECIFIED_ADDRESS"],
    ["224.0.0.1", "MULTICAST_ADDRESS"],
    ["ff02::1", "MULTICAST_ADDRESS"],
    ["255.255.255.255", "BROADCAST_ADDRESS"],
    ["100.64.0.1", "SHARED_ADDRESS"],
    ["::ffff:127.0.0.1", "LOOPBACK_ADDRESS"],
    ["::ffff:10.1.2.3", "PRIVATE_ADDRESS"],
    ["::ffff:169.254.169.254", "METADATA_ADDRESS"],
    ["64:ff9b::7f00:1", "RESERVED_ADDRESS"],
    ["2002:7f00:1::", "RESERVED_ADDRESS"],
    ["::7f00:1", "RESERVED_ADDRESS"],
    ["240.0.0.1", "RESERVED_ADDRESS"],
    ["2130706433", "RESERVED_ADDRESS"],
  ])("refuses %s as %s", (address, reason) => {
    expect(checkAddress(address)).toMatchObject({ ok: false, reason });
  });
});

describe("parseImportUrl", () => {
  it.each(["file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "data:text/html,hi", "gopher://x/"])(
    "refuses the %s scheme",
    (url) => {
      expect(() => parseImportUrl(url)).toThrow(expect.objectContaining({ code: "URL_REFUSED", params: expect.objectContaining({ reason: "UNSUPPORTED_SCHEME" }) }));
    },
  );

  it("refuses credentials in the URL", () => {
    expect(() => parseImportUrl("https://editor:secret@example.com/")).toThrow(
      expect.objectContaining({ code: "URL_REFUSED", params: { reason: "CREDENTIALS_IN_URL" } }),
    );
  });

  it("reports text that is not a URL as a bad request", () => {
    expect(() => parseImportUrl("not a url")).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});

describe("resolveCheckedAddress", () => {
  it.each([
    ["http://2130706433/", "LOOPBACK_ADDRESS"],
    ["http://0x7f.1/", "LOOPBACK_ADDRESS"],
    ["http://0177.0.0.1/", "LOOPBACK_ADDRESS"],
    ["http://127.1/", "LOOPBACK_ADDRESS"],
    ["http://0x7f000001/", "LOOPBACK_ADDRESS"],
    ["http://[::1]/", "LOOPBACK_ADDRESS"],
    ["http://[::ffff:127.0.0.1]/", "LOOPBACK_ADDRESS"],
    ["http://[::ffff:7f00:1]:8080/", "LOOPBACK_ADDRESS"],
    ["http://0/", "UNSPECIFIED_ADDRESS"],
    ["http://167772165/", "PRIVATE_ADDRESS"],
    ["http://169.254.169.254/latest/meta-data/", "METADATA_ADDRESS"],
    ["http://[fd00:ec2::254]/", "METADATA_ADDRESS"],
    ["http://[0:0:0:0:0:ffff:a9fe:a9fe]/", "METADATA_ADDRESS"],
    ["http://metadata.google.internal/computeMetadata/v1/", "METADATA_ADDRESS"],
    ["http://METADATA.google.internal./", "METADATA_ADDRESS"],
  ])("refuses %s without asking DNS", async (url, reason) => {
    const error = await refusal(resolveCheckedAddress(parseImportUrl(url), { resolver: noDns }));
    expect(error.code).toBe("URL_REFUSED");
    expect(error.params.reason).toBe(reason);
    expect(noDns).not.toHaveBeenCalled();
  });

  it("explains the refusal in plain words, with the address", async () => {
    const error = await refusal(resolveCheckedAddress(parseImportUrl("http://10.0.0.5/"), {}));
    expect(error.message).toBe(
      "This URL points to a private network address: 10.0.0.5; ask an admin to allow this host if it is an internal source.",
    );
    expect(error.params).toEqual({ reason: "PRIVATE_ADDRESS", host: "10.0.0.5", address: "10.0.0.5" });
  });

  it("refuses a host when any one of its addresses is internal", async () => {
    const resolver = async () => ["93.184.216.34", "10.0.0.7"];
    const error = await refusal(resolveCheckedAddress(parseImportUrl("https://news.example/"), { resolver }));
    expect(error.params).toMatchObject({ reason: "PRIVATE_ADDRESS", host: "news.example", address: "10.0.0.7" });
    expect(error.message).toContain("news.example, which resolves to 10.0.0.7");
  });

  it("resolves names like localhost and refuses them", async () => {
    const error = await refusal(resolveCheckedAddress(parseImportUrl("http://localhost:3000/"), {}));
    expect(error.params.reason).toBe("LOOPBACK_ADDRESS");
  });

  it("returns the checked address to connect to, unmapping IPv4-mapped IPv6", async () => {
    const resolver = async () => ["::ffff:93.184.216.34"];
    expect(await resolveCheckedAddress(parseImportUrl("https://news.example/"), { resolver })).toBe("93.184.216.34");
  });

  it("prefers an IPv4 address when the host has both (one connection attempt, many hosts lack IPv6)", async () => {
    const resolver = async () => ["2606:4700::1", "93.184.216.34"];
    expect(await resolveCheckedAddress(parseImportUrl("https://news.example/"), { resolver })).toBe("93.184.216.34");
  });

  it("refuses overlong addresses", () => {
    expect(() => parseImportUrl(`https://news.example/${"a".repeat(2100)}`)).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });

  it("lets the allow-list open a private host, on the listed port only", async () => {
    const resolver = async () => ["10.1.2.3"];
    const url = parseImportUrl("http://intranet.example:8080/story");
    expect(await resolveCheckedAddress(url, { resolver, allowedHosts: ["intranet.example:8080"] })).toBe("10.1.2.3");
    expect(await resolveCheckedAddress(url, { resolver, allowedHosts: ["INTRANET.example"] })).toBe("10.1.2.3");
    const otherPort = await refusal(resolveCheckedAddress(url, { resolver, allowedHosts: ["intranet.example:9090"] }));
    expect(otherPort.params.reason).toBe("PRIVATE_ADDRESS");
  });

  it("never lets the allow-list open the metadata service", async () => {
    const resolver = async () => ["169.254.169.254"];
    const error = await refusal(resolveCheckedAddress(parseImportUrl("http://internal.example/"), { resolver, allowedHosts: ["internal.example"] }));
    expect(error.params.reason).toBe("METADATA_ADDRESS");
    expect(error.message).toContain("can never be imported");
  });

  it("reports a name that does not resolve as an upstream failure", async () => {
    const resolver = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    const error = await refusal(resolveCheckedAddress(parseImportUrl("https://no-such.example/"), { resolver }));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.params.reason).toBe("DNS_FAILED");
  });
});

describe("isHostAllowed", () => {
  it("matches host and host:port entries, including IPv6 and default ports", () => {
    expect(isHostAllowed(new URL("http://127.0.0.1:4000/"), ["127.0.0.1:4000"])).toBe(true);
    expect(isHostAllowed(new URL("http://127.0.0.1:4001/"), ["127.0.0.1:4000"])).toBe(false);
    expect(isHostAllowed(new URL("http://[::1]:8080/"), ["[::1]:8080"])).toBe(true);
    expect(isHostAllowed(new URL("http://[::1]/"), ["::1"])).toBe(true);
    expect(isHostAllowed(new URL("http://wire.example/"), ["wire.example:80"])).toBe(true);
    expect(isHostAllowed(new URL("https://wire.example/"), ["wire.example:80"])).toBe(false);
    expect(isHostAllowed(new URL("http://wire.example.evil.com/"), ["wire.example"])).toBe(false);
    expect(isHostAllowed(new URL("http://wire.example/"), ["wire.example/path", ""])).toBe(false);
  });
});
