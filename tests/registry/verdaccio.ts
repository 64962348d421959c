import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../web/server.ts";

// Verdaccio lives outside the pnpm workspace, installed by `npm ci` from its own lockfile: its few hundred
// dependencies stay out of everyone's install, and npm's `overrides` pins node-fetch to 2.7.0, without which
// Verdaccio 6 does not install.
const DIR = fileURLToPath(new URL(".", import.meta.url));
const BIN = join(DIR, "node_modules/verdaccio/bin/verdaccio");
const VERSION = (JSON.parse(readFileSync(join(DIR, "package.json"), "utf8")) as { dependencies: { verdaccio: string } })
  .dependencies.verdaccio;

/** Installs the pinned Verdaccio from tests/registry/package-lock.json unless that version is already there. */
export function installVerdaccio(): void {
  const installed = join(DIR, "node_modules/verdaccio/package.json");
  if (existsSync(installed) && (JSON.parse(readFileSync(installed, "utf8")) as { version: string }).version === VERSION)
    return;
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: DIR,
    stdio: "pipe",
  });
}

export interface Registry {
  /** e.g. http://127.0.0.1:4873/ (with the trailing slash npm writes in its config) */
  url: string;
  /** A token of a user created on this registry, for `//host:port/:_authToken=`. */
  token: string;
  /** The .npmrc line that authenticates as that user. */
  authLine: string;
  stop(): void;
}

/**
 * Starts a fresh Verdaccio on loopback with its storage in a temporary folder and no uplink: it serves what is
 * published to it and nothing else, so a test never reaches (or publishes to) a public registry through it.
 */
export async function startVerdaccio(): Promise<Registry> {
  installVerdaccio();
  const home = mkdtempSync(join(tmpdir(), "report-verdaccio-"));
  const config = join(home, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(home, "storage")}`,
      "auth:",
      `  htpasswd: { file: ${join(home, "htpasswd")}, max_users: 10 }`,
      "uplinks: {}",
      "packages:",
      "  '**': { access: $all, publish: $authenticated, unpublish: $authenticated }",
      "server: { keepAliveTimeout: 0 }",
      "log: { type: stdout, format: json, level: warn }",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child: ChildProcess = spawn(process.execPath, [BIN, "--config", config, "--listen", `127.0.0.1:${port}`], {
    cwd: home,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += String(d)));
  child.stderr?.on("data", (d) => (log += String(d)));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  try {
    await waitForPing(url, child, () => log);
    const token = await addUser(url);
    return { url, token, authLine: `//127.0.0.1:${port}/:_authToken=${token}`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitForPing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer within 30s:\n${log()}`);
}

/** Creates a user the way `npm adduser` does (CouchDB user document) and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = "release-test";
  const res = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: "release-test-password", type: "user", roles: [] }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token)
    throw new Error(`verdaccio refused to create a user: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}
