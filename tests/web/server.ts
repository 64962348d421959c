import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync } from "node:fs";
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

/**
 * The production server (apps/web/server.ts: Next's handler behind its request guard) on the built app, in
 * its own process group so it can be stopped whole; what it prints goes to `logFile`.
 */
export class WebServer {
  private child: ChildProcess | undefined;
  readonly logFile = join(mkdtempSync(join(tmpdir(), "report-web-")), "server.log");
  url = "";

  async start(): Promise<string> {
    if (!existsSync(`${WEB_DIR}.next/BUILD_ID`))
      throw new Error("apps/web/.next is missing: run pnpm --filter @report/web build first");
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [SERVER, "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: WEB_DIR,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
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

/** The first reader highlight (`/read?hl=…#anchor`) a page of the site links to, as the site writes it. */
export async function linkedHighlight(base: string): Promise<string> {
  for (const path of MAIN_ROUTES) {
    const m = /href="(\/read\?hl=\d+-\d+#[^"]+)"/.exec(await (await fetch(base + path)).text());
    if (m?.[1]) return m[1];
  }
  throw new Error("no page links to a reader highlight");
}
