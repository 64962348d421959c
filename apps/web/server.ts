#!/usr/bin/env node
// The production server: `next start`'s request handler behind a guard for what Next cannot take (a method
// such as TRACE fails inside Next's Request with a 500; so does the request target `*`), and without the
// headers that expose Next's internals. Usage: node server.ts [--hostname H] [--port P]
import { createServer, type ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { readCspManifest } from "./lib/csp-manifest.ts";
import { distDir } from "./lib/dist-dir.ts";
import {
  baseHeaders,
  cleanRequestHeaders,
  clientErrorResponse,
  guardRequest,
  isInternalResponseHeader,
  originForm,
} from "./lib/http-guard.ts";
import { REPORT_DATA_USAGE, reportDataPath } from "./lib/report-data.ts";

const { values } = parseArgs({
  options: { hostname: { type: "string", default: "localhost" }, port: { type: "string", default: "3000" } },
});
const hostname = values.hostname;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`server.ts: --port must be a port number, not '${values.port}'`);
  process.exit(2);
}

const dir = dirname(fileURLToPath(import.meta.url));
const manifest = readCspManifest(join(dir, distDir()));
// A server started for other data than it was built for would show the build's: say so instead of serving it.
const asked = reportDataPath();
if (manifest && asked !== undefined && asked !== manifest.reportData) {
  const built = manifest.reportData ? `REPORT_DATA '${manifest.reportData}'` : "the published report (no REPORT_DATA)";
  console.error(
    `server.ts: this build is of ${built}, not REPORT_DATA '${asked}': build it first (${REPORT_DATA_USAGE})`,
  );
  process.exit(2);
}
const app = next({ dev: false, dir, hostname, port });
const knownHighlights = manifest ? new Set(manifest.highlights) : undefined;
await app.prepare();
const handle = app.getRequestHandler();

/** The headers every response must carry, computed once (they do not depend on the request). */
const SECURITY_HEADERS = Object.entries(baseHeaders());

/**
 * Drops internal headers however Next sets them, and adds each security header a response lacks (Next's own
 * redirects, such as a trailing slash's, carry none): writeHead is where every response's headers are sent.
 */
function withOurHeaders(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const name of res.getHeaderNames()) if (isInternalResponseHeader(name)) res.removeHeader(name);
    const headers = args.find((a, i) => i > 0 && typeof a === "object" && a !== null);
    const given = headers && !Array.isArray(headers) ? Object.keys(headers).map((k) => k.toLowerCase()) : [];
    if (headers && !Array.isArray(headers))
      for (const name of Object.keys(headers)) if (isInternalResponseHeader(name)) delete (headers as never)[name];
    for (const [name, value] of SECURITY_HEADERS)
      if (!res.hasHeader(name) && !given.includes(name.toLowerCase())) res.setHeader(name, value);
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

const server = createServer((req, res) => {
  req.url = originForm(req.url ?? "");
  const answer = guardRequest(req.method ?? "", req.url, knownHighlights);
  if (answer) {
    res.writeHead(answer.status, answer.headers).end(req.method === "HEAD" ? undefined : answer.body);
    return;
  }
  cleanRequestHeaders(req.headers);
  withOurHeaders(res);
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal server error\n");
  });
});
// What Node's parser refuses never reaches the handler: answer it here, with the same headers.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") socket.destroy();
  else socket.end(clientErrorResponse(error.code));
});
server.listen(port, hostname, () => console.log(`website on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
