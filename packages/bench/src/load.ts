/// <reference path="./autocannon.d.ts" />
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/** Every main route, as a visitor or a scraper would hit them. */
export const LOAD_ROUTES = [
  "/",
  "/read",
  "/entities",
  "/entities/belneftekhim",
  "/timeline",
  "/actions",
  "/search?q=sanctions",
  "/data",
  "/about",
  "/cite/p3-s2",
  "/api/report.json",
  "/api/entities/embassy-minsk.json",
];

export interface LoadResult {
  route: string;
  connections: number;
  requests: number;
  requestsPerSec: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Loopback only, bounded by a request count or a duration: it always stops by itself. */
export async function loadRoute(
  base: string,
  route: string,
  connections: number,
  bound: { amount: number } | { duration: number },
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(base))
    throw new Error(`refusing to load ${base}: loopback only`);
  const r = await autocannon({ url: base + route, connections, ...bound });
  return {
    route,
    connections,
    requests: r.requests.total,
    requestsPerSec: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const out = spawnSync("pgrep", ["-P", String(pids[i])], { encoding: "utf8" }).stdout.trim();
    if (out) pids.push(...out.split("\n").map(Number));
  }
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}
