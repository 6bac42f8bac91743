import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type LocalServer = {
  origin: string;
  port: number;
  /** Every request the server received, in order: tests assert what was (and was not) fetched. */
  requests: { path: string; host: string | undefined }[];
  close: () => Promise<void>;
};

/** A throwaway HTTP server on 127.0.0.1 (port 0). Tests reach the "internet" only through this. */
export async function startLocalServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const requests: LocalServer["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", host: req.headers.host });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Servers that never answer keep sockets open; close them or close() would wait forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
