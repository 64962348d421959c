import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { routePaths } from "@report/web/routes";
import autocannon from "autocannon";
import { type BuildFigures, benchWebBuildAt } from "./bench-web-build.ts";
import { nextStart, type Server, staticServer, webDir } from "./servers.ts";

/** The HTML pages of the build (the JSON API and downloads are measured by the load test, not here). */
export const mainRoutes = () => routePaths(["page"]);
/** Next's floor: the 404 page of the same build (runtime and layout, no page of ours). */
export const FLOOR_ROUTE = "/no-such-page";

export interface RouteBytes {
  route: string;
  htmlGzip: number;
  jsGzip: number;
}
export interface LoadFigures {
  requestsPerSec: number;
  p99: number;
  errors: number;
  non2xx: number;
}
/** How Lighthouse slows the page: `simulate` (its default, Lantern) or `devtools` (applied by the browser). */
export type Throttling = "simulate" | "devtools";

/** One page in one throttling mode, each figure the median of its runs (all from the same runs). */
export interface Lighthouse {
  route: string;
  throttling: Throttling;
  runs: number;
  score: number;
  fcp: number;
  lcp: number;
  /** LCP − FCP of each run, then the median of those. */
  gap: number;
  gaps: number[];
  /** What the browser itself saw on the unthrottled load (the trace Lantern simulates from). */
  observedFcp: number;
  observedLcp: number;
  tbt: number;
  cls: number;
}

/** Where LCP must land: within this many ms of FCP, on /read, in the same run. */
export const LCP_GAP_TARGET_MS = 300;
/** The page, modes and runs of the Lighthouse figures. */
export const LIGHTHOUSE_PLAN: { route: string; throttling: Throttling; runs: number }[] = [
  { route: "/read", throttling: "simulate", runs: 5 },
  { route: "/read", throttling: "devtools", runs: 3 },
  { route: "/entities/belneftekhim", throttling: "simulate", runs: 1 },
];
export interface WebFigures {
  floor: RouteBytes;
  routes: RouteBytes[];
  next: LoadFigures;
  static: LoadFigures;
  lighthouse: Lighthouse[] | { skipped: string };
  buildSeconds: number;
  buildPages: number;
  generatedBuild: BuildFigures | { skipped: string };
}

const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;

async function routeBytes(base: string, route: string): Promise<RouteBytes> {
  const html = await (await fetch(base + route)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ""))];
  let js = 0;
  for (const src of srcs) js += gz(new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer()));
  return { route, htmlGzip: gz(html), jsGzip: js };
}

async function load(server: Server, path: string): Promise<LoadFigures> {
  const result = await autocannon({ url: server.base + path, connections: 64, duration: 5, pipelining: 1 });
  return {
    requestsPerSec: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function lighthouse(
  base: string,
  plan: typeof LIGHTHOUSE_PLAN,
  log: (s: string) => void,
): Promise<Lighthouse[] | { skipped: string }> {
  if (!existsSync("/usr/bin/chromium")) return { skipped: "no /usr/bin/chromium" };
  const { default: run } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const out: Lighthouse[] = [];
    for (const { route, throttling, runs } of plan) {
      type Run = Omit<Lighthouse, "route" | "throttling" | "runs" | "gap" | "gaps">;
      const each: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await run(base + route, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          throttlingMethod: throttling,
        });
        const audits = r?.lhr.audits ?? {};
        const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
        const metrics = (audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
        each.push({
          score: Math.round((r?.lhr.categories.performance?.score ?? 0) * 100),
          fcp: value("first-contentful-paint"),
          lcp: value("largest-contentful-paint"),
          observedFcp: metrics?.observedFirstContentfulPaint ?? Number.NaN,
          observedLcp: metrics?.observedLargestContentfulPaint ?? Number.NaN,
          tbt: value("total-blocking-time"),
          cls: value("cumulative-layout-shift"),
        });
      }
      const of = (k: keyof Run) => median(each.map((e) => e[k]));
      const gaps = each.map((e) => e.lcp - e.fcp);
      out.push({
        route,
        throttling,
        runs,
        score: of("score"),
        fcp: of("fcp"),
        lcp: of("lcp"),
        gap: median(gaps),
        gaps,
        observedFcp: of("observedFcp"),
        observedLcp: of("observedLcp"),
        tbt: of("tbt"),
        cls: of("cls"),
      });
      log(`web: Lighthouse ${route} (${throttling}): FCP ${of("fcp").toFixed(0)} ms, LCP ${of("lcp").toFixed(0)} ms`);
    }
    return out;
  } finally {
    chrome.kill();
  }
}

/** The first line of a build's output that reports an error, to say why it failed in one line. */
const firstError = (output: string) => {
  const line = output.split("\n").find((l) => /\berror\b/i.test(l));
  return line ? `: ${line.trim()}` : "";
};

/** Builds the site if needed (timed), then measures bytes, throughput against a static server, and Lighthouse. */
export async function benchWeb(log: (s: string) => void): Promise<WebFigures> {
  log("web: next build (timed)…");
  const t = performance.now();
  const build = spawnSync("pnpm", ["--filter", "@report/web", "build"], {
    cwd: webDir,
    encoding: "utf8",
    env: { SITE_URL: "http://localhost:3000", ...process.env }, // a production build needs one
  });
  if (build.status !== 0)
    throw new Error(
      `next build failed${firstError(`${build.stdout}
${build.stderr}`)}`,
    );
  const buildSeconds = (performance.now() - t) / 1000;
  const buildPages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(build.stdout)?.[2] ?? Number.NaN);
  log("web: next build over a generated document as large as 100 reports (timed)…");
  let generatedBuild: BuildFigures | { skipped: string };
  try {
    generatedBuild = benchWebBuildAt(100);
  } catch (error) {
    generatedBuild = { skipped: (error as Error).message.split("\n")[0] ?? "failed" };
  }
  if (!existsSync(join(webDir, "out/index.html"))) {
    log("web: static export (for the static-server floor)…");
    const exp = spawnSync("pnpm", ["--filter", "@report/web", "build:export"], { cwd: webDir, stdio: "ignore" });
    if (exp.status !== 0) throw new Error("the static export failed");
  }
  const next = await nextStart();
  const plain = await staticServer();
  try {
    log("web: bytes per route…");
    const floor = await routeBytes(next.base, FLOOR_ROUTE);
    const routes: RouteBytes[] = [];
    for (const r of mainRoutes()) routes.push(await routeBytes(next.base, r));
    log("web: load, 64 connections for 5 s each…");
    const nextLoad = await load(next, "/read");
    const staticLoad = await load(plain, "/read");
    log("web: Lighthouse mobile…");
    const lh = await lighthouse(next.base, LIGHTHOUSE_PLAN, log);
    return {
      floor,
      routes,
      next: nextLoad,
      static: staticLoad,
      lighthouse: lh,
      buildSeconds,
      buildPages,
      generatedBuild,
    };
  } finally {
    next.stop();
    plain.stop();
  }
}
