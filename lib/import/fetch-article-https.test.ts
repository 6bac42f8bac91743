import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fetchArticleFromUrl } from "./fetch-article";

/** A throwaway self-signed certificate for wire.test, made with the system openssl (the test is skipped without it). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | undefined {
  const dir = mkdtempSync(join(tmpdir(), "sanad-tls-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=wire.test",
      "-addext", "subjectAltName=DNS:wire.test", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tls = selfSignedCertificate();

describe("fetchArticleFromUrl over https", () => {
  // Pinning the socket to an IP must not switch certificate checks off: the name in the URL is still verified.
  it.skipIf(!tls)("still verifies the certificate when connecting to the pinned address", async () => {
    const server = createServer(tls!, (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>secret</p>"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const error = await fetchArticleFromUrl(`https://wire.test:${port}/`, {
        allowedHosts: ["wire.test"],
        resolver: async () => ["127.0.0.1"],
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).params).toMatchObject({ reason: "NETWORK_ERROR", code: "DEPTH_ZERO_SELF_SIGNED_CERT" });
      expect((error as AppError).message).toContain("certificate that cannot be trusted");
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
