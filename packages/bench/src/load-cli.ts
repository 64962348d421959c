#!/usr/bin/env node
// `pnpm --filter @report/bench load`: every route under the production server at 64 and 256 connections,
// 3 s each, on loopback, after a warm-up round; prints requests/s, p99, errors, non-2xx, and the
// server's RSS before and after the measured rounds; then `/`'s p99 alone and under a /read?hl=x flood.
import { floodRoute, loadRoute, loadRoutes, treeRssMb } from "./load.ts";
import { nextStart } from "./servers.ts";

const seconds = Number(process.env.LOAD_SECONDS ?? 3);
const server = await nextStart();
try {
  // Two warm-up rounds first: a fresh server's heap grows for about two rounds and then holds
  // steady (measured: 514, 569, 597, 601, 596, 601 MB over six rounds), so "before" and "after"
  // compare a warm server with itself, and growth after that is what a leak would show.
  for (let round = 0; round < 2; round++)
    for (const r of loadRoutes()) await loadRoute(server.base, r, 256, { duration: 2 });
  const before = treeRssMb(server.pid);
  console.log(
    `production server (apps/web/server.ts) on ${server.base}; RSS before ${before.toFixed(0)} MB; ${seconds} s per route and level\n`,
  );
  console.log("route".padEnd(34), "conns", "req/s".padStart(7), "p99".padStart(8), "errors", "non-2xx");
  let errors = 0;
  let non2xx = 0;
  for (const connections of [64, 256]) {
    for (const route of loadRoutes()) {
      const r = await loadRoute(server.base, route, connections, { duration: seconds });
      errors += r.errors;
      non2xx += r.non2xx;
      console.log(
        route.padEnd(34),
        String(connections).padStart(5),
        r.requestsPerSec.toFixed(0).padStart(7),
        `${r.p99} ms`.padStart(8),
        String(r.errors).padStart(6),
        String(r.non2xx).padStart(7),
      );
    }
  }
  const after = treeRssMb(server.pid);
  const growth = ((after - before) / before) * 100;
  console.log(
    `\nRSS after ${after.toFixed(0)} MB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)}%, target < 10%); errors ${errors}, non-2xx ${non2xx}`,
  );
  // A cheap query must not slow the whole site: `/` under 64 connections of /read?hl=x (target: p99 within 2x).
  const f = await floodRoute(server.base, { seconds: Number(process.env.FLOOD_SECONDS ?? 10) });
  const ratio = f.floodP99 / Math.max(f.quietP99, 1);
  console.log(
    `\n${f.probe} p99 ${f.quietP99} ms quiet, ${f.floodP99} ms under 64 connections of ${f.flood} ` +
      `(${ratio.toFixed(1)}x, target within 2x); the flood: ${f.floodRequestsPerSec.toFixed(0)} req/s, ${f.floodStatuses}`,
  );
  if (errors > 0 || non2xx > 0) process.exitCode = 1;
} finally {
  server.stop();
}
