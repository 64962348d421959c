import { LCP_GAP_TARGET_MS, type Lighthouse } from "./bench-web.ts";
import { growth, row } from "./md.ts";
import type { Figures } from "./report-md.ts";
import { kb, ms } from "./stats.ts";

/** Bytes per route, throughput against a static server, Lighthouse and build time. */
export function webSection(w: Figures["web"]): string[] {
  if ("skipped" in w) return ["## Website", "", `Not measured: ${w.skipped}.`, ""];
  const lh = w.lighthouse;
  return [
    "## Website",
    "",
    `Bytes per main route, gzip, from \`next start\` (one build; sizes are deterministic). The floor is the 404 page of the same build: Next's runtime and the layout with no page of ours.`,
    "",
    row(["route", "HTML gzip", "JS gzip", "total", "JS above the floor"]),
    row(["---", "---", "---", "---", "---"]),
    row([
      `floor (\`${w.floor.route}\`)`,
      kb(w.floor.htmlGzip),
      kb(w.floor.jsGzip),
      kb(w.floor.htmlGzip + w.floor.jsGzip),
      "—",
    ]),
    ...w.routes.map((r) =>
      row([`\`${r.route}\``, kb(r.htmlGzip), kb(r.jsGzip), kb(r.htmlGzip + r.jsGzip), kb(r.jsGzip - w.floor.jsGzip)]),
    ),
    "",
    "Throughput on loopback, `/read`, 64 connections for 5 s (autocannon), one run each:",
    "",
    row(["server", "requests/s", "p99 latency", "errors", "non-2xx"]),
    row(["---", "---", "---", "---", "---"]),
    row([
      "`next start`",
      w.next.requestsPerSec.toFixed(0),
      `${w.next.p99} ms`,
      String(w.next.errors),
      String(w.next.non2xx),
    ]),
    row([
      "sirv (static export), the floor",
      w.static.requestsPerSec.toFixed(0),
      `${w.static.p99} ms`,
      String(w.static.errors),
      String(w.static.non2xx),
    ]),
    "",
    `\`next start\` serves ${((w.next.requestsPerSec / w.static.requestsPerSec) * 100).toFixed(0)}% of the static server's requests/s (target ≥ 20%, 0 errors).`,
    "",
    "Lighthouse (mobile, performance only): medians of the runs, FCP and LCP of each row from the same runs. `simulate` is Lighthouse's default (Lantern estimates the slow-4G times from an unthrottled load); `devtools` slows the real load down and measures it.",
    "",
    ...("skipped" in lh ? [`Not measured: ${lh.skipped}.`] : lighthouseRows(lh)),
    "",
    "Build time (`next build`, one run each; pages are the static pages Next generates):",
    "",
    row(["data", "pages", "build time"]),
    row(["---", "---", "---"]),
    row(["the real report", String(w.buildPages), `${w.buildSeconds.toFixed(0)} s`]),
    "skipped" in w.generatedBuild
      ? row(["a generated document as large as 100 reports", "—", `not measured: ${w.generatedBuild.skipped}`])
      : row([
          `a generated document as large as ${w.generatedBuild.reports} reports`,
          String(w.generatedBuild.pages),
          `${w.generatedBuild.seconds.toFixed(0)} s (${growth([
            { n: 1, v: w.buildSeconds },
            { n: w.generatedBuild.reports, v: w.generatedBuild.seconds },
          ])})`,
        ]),
    "",
  ];
}

function lighthouseRows(lh: Lighthouse[]): string[] {
  const read = lh.filter((l) => l.route === "/read");
  const met = read.filter((l) => l.gap <= LCP_GAP_TARGET_MS).map((l) => l.throttling);
  return [
    row([
      "page",
      "throttling",
      "runs",
      "score",
      "FCP",
      "LCP",
      "LCP − FCP (each run)",
      "observed FCP / LCP",
      "TBT",
      "CLS",
    ]),
    row(["---", "---", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...lh.map((l) =>
      row([
        `\`${l.route}\``,
        l.throttling,
        String(l.runs),
        String(l.score),
        ms(l.fcp),
        ms(l.lcp),
        `${ms(l.gap)} (${l.gaps.map((g) => g.toFixed(0)).join(", ")})`,
        `${ms(l.observedFcp)} / ${ms(l.observedLcp)}`,
        ms(l.tbt),
        l.cls.toFixed(3),
      ]),
    ),
    "",
    `Target: on \`/read\`, LCP within ${LCP_GAP_TARGET_MS} ms of FCP in the same run (a 404 page, Next's floor, cannot be scored by Lighthouse); score ≥ 95; CLS 0. Met (median) with ${met.length > 0 ? met.join(" and ") : "neither"} throttling.`,
  ];
}

/** What limits each figure that misses its target, from profiling; printed only when it misses. */
