import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { webDir } from "./paths.ts";

export { webDir };

const require = createRequire(import.meta.url);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

export interface Server {
  base: string;
  pid: number;
  stop(): void;
}

async function start(command: string, args: string[], cwd: string, port: number): Promise<Server> {
  const child = spawn(command, args, { cwd, stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`, child);
  return { base, pid: child.pid ?? 0, stop: () => child.kill("SIGTERM") };
}

/** The production server (apps/web/server.ts: `next start`'s handler behind its guard) on apps/web/.next. */
export async function nextStart(): Promise<Server> {
  const port = await freePort();
  const server = join(webDir, "server.ts");
  return start(process.execPath, [server, "--hostname", "127.0.0.1", "--port", String(port)], webDir, port);
}

/** sirv-cli, a plain static file server, on the static export in apps/web/out. */
export async function staticServer(): Promise<Server> {
  const port = await freePort();
  const sirv = join(dirname(require.resolve("sirv-cli/package.json")), "bin.js");
  return start(
    process.execPath,
    [sirv, join(webDir, "out"), "--port", String(port), "--host", "127.0.0.1", "--quiet"],
    webDir,
    port,
  );
}
