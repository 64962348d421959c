import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

export const WEB_DIR = fileURLToPath(new URL("../../apps/web/", import.meta.url));
const NEXT_BIN = fileURLToPath(new URL("../../apps/web/node_modules/next/dist/bin/next", import.meta.url));

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

/** The site's main pages, as a visitor reaches them. */
export const MAIN_ROUTES = [
  "/",
  "/read",
  "/entities",
  "/entities/belneftekhim",
  "/timeline",
  "/actions",
  "/search?q=Belneftekhim",
  "/data",
  "/about",
  "/cite/p3-s2",
];

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

/** `next start` on the built app (apps/web/.next), in its own process group so it can be stopped whole. */
export class NextServer {
  private child: ChildProcess | undefined;
  private output = "";
  url = "";

  async start(): Promise<string> {
    if (!existsSync(`${WEB_DIR}.next/BUILD_ID`))
      throw new Error("apps/web/.next is missing: run pnpm --filter @report/web build first");
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: WEB_DIR,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    this.child.stdout?.on("data", (d) => (this.output += String(d)));
    this.child.stderr?.on("data", (d) => (this.output += String(d)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`next start exited early:\n${this.output}`);
      try {
        const res = await fetch(`${this.url}/robots.txt`);
        if (res.ok) return this.url;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`next start did not answer within 60s:\n${this.output}`);
  }

  get log(): string {
    return this.output;
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
