/// <reference path="./autocannon.d.ts" />
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { routePaths } from "@report/web/routes";
import autocannon from "autocannon";

/** One address of every page, API route and download of the built site, as a visitor or a scraper would hit them. */
export const loadRoutes = () => routePaths(["page", "api", "download"]);

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

export interface FloodFigures {
  probe: string;
  flood: string;
  quietP99: number;
  floodP99: number;
  floodRequestsPerSec: number;
  floodStatuses: string;
}

/**
 * How one cheap address slows the rest of the site: `probe` over one connection (a visitor), first alone, then while
 * `flood` gets `connections` more, each for `seconds`. A flood that makes the server render per request
 * shows as the probe's p99 growing many times over.
 */
export async function floodRoute(
  base: string,
  { probe = "/", flood = "/read?hl=x", connections = 64, seconds = 10, probeConnections = 1 } = {},
): Promise<FloodFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(base))
    throw new Error(`refusing to load ${base}: loopback only`);
  const run = (path: string, conns: number) => autocannon({ url: base + path, connections: conns, duration: seconds });
  const quiet = await run(probe, probeConnections);
  const [loud, flooded] = await Promise.all([run(probe, probeConnections), run(flood, connections)]);
  const statuses = Object.entries({
    "2xx": flooded["2xx"],
    "3xx": flooded["3xx"],
    "4xx": flooded["4xx"],
    "5xx": flooded["5xx"],
  })
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  return {
    probe,
    flood,
    quietP99: quiet.latency.p99,
    floodP99: loud.latency.p99,
    floodRequestsPerSec: flooded.requests.average,
    floodStatuses: statuses,
  };
}
