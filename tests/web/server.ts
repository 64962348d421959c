import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { routePaths } from "@report/web/routes";
import { type Browser, chromium } from "playwright-core";

export const WEB_DIR = fileURLToPath(new URL("../../apps/web/", import.meta.url));
const SERVER = join(WEB_DIR, "server.ts");

/** The Chromium to drive; a missing browser is a failure, never a skip. */
export function requireChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return path;
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Drives Debian's Chromium headless; fails (never skips) when it is not installed. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

/** The WCAG 2.2 AA rules axe checks every page against. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One address of every page of the build (apps/web/scripts/routes.ts reads them from its manifests). */
export const MAIN_ROUTES = routePaths(["page"]);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Which build a server serves: WEB_DIST_DIR its folder in apps/web, REPORT_DATA the data it was built for. */
type BuildEnv = { WEB_DIST_DIR?: string; REPORT_DATA?: string };

/** The environment without REPORT_DATA and WEB_DIST_DIR, which say which build to serve. */
function shellEnv(): NodeJS.ProcessEnv {
  const { REPORT_DATA: _data, WEB_DIST_DIR: _dist, ...env } = process.env;
  return env;
}

/** The REPORT_DATA file the build in apps/web/`dist` shows (scripts/csp-hashes.ts writes it), or null: the published report. */
function builtFor(dist: string): string | null {
  const file = `${WEB_DIR}${dist}/csp-hashes.json`;
  if (!existsSync(file))
    throw new Error(`apps/web/${dist} has no csp-hashes.json: run pnpm --filter @report/web build`);
  return (JSON.parse(readFileSync(file, "utf8")) as { reportData?: string | null }).reportData ?? null;
}

/**
 * The production server (apps/web/server.ts: Next's handler behind its request guard) on the built app, in
 * its own process group so it can be stopped whole; what it prints goes to `logFile`.
 */
export class WebServer {
  private child: ChildProcess | undefined;
  private readonly env: BuildEnv;
  readonly logFile = join(mkdtempSync(join(tmpdir(), "report-web-")), "server.log");
  url = "";

  /**
   * `env` for another build than .next: WEB_DIST_DIR names its folder, REPORT_DATA the data it was built for. The
   * shell's own REPORT_DATA and WEB_DIST_DIR never reach the server: without `env` it serves the published report.
   */
  constructor(env: BuildEnv = {}) {
    this.env = env;
  }

  async start(): Promise<string> {
    const dist = this.env.WEB_DIST_DIR ?? ".next";
    if (!existsSync(`${WEB_DIR}${dist}/BUILD_ID`))
      throw new Error(`apps/web/${dist} is missing: run pnpm --filter @report/web build first`);
    // A build of other data would fail every test with pages the suite does not expect: say which data it has.
    const built = builtFor(dist);
    const wanted = this.env.REPORT_DATA ?? null;
    if (built !== wanted) {
      const data = (file: string | null) => (file ? `REPORT_DATA '${file}'` : "the published report");
      const rebuild = `${wanted ? `REPORT_DATA=${wanted} ` : ""}pnpm --filter @report/web build`;
      throw new Error(`apps/web/${dist} is a build of ${data(built)}, not of ${data(wanted)}: run ${rebuild}`);
    }
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [SERVER, "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: WEB_DIR,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...shellEnv(), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...this.env },
    });
    const log = (d: Buffer) => appendFileSync(this.logFile, d);
    this.child.stdout?.on("data", log);
    this.child.stderr?.on("data", log);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the web server exited early; its log: ${this.logFile}`);
      try {
        const res = await fetch(`${this.url}/robots.txt`);
        if (res.ok) return this.url;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the web server did not answer within 60 s; its log: ${this.logFile}`);
  }

  stop(): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.child?.exitCode !== null) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      this.child?.kill("SIGTERM");
    }
  }
}

/**
 * The first reader highlight (`/read?hl=…#anchor`) one of `paths` links to, as the site writes it; `document` is
 * the prefix of another document's reader (`/d/<id>`).
 */
export async function linkedHighlight(base: string, paths = MAIN_ROUTES, document = ""): Promise<string> {
  const link = new RegExp(`href="(${document}/read\\?hl=\\d+-\\d+#[^"]+)"`);
  for (const path of paths) {
    const m = link.exec(await (await fetch(base + path)).text());
    if (m?.[1]) return m[1];
  }
  throw new Error(`no page links to a reader highlight of ${document || "the report"}`);
}
