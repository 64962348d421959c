import { execFileSync, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

/** Fails loudly (never skips) when tmux is missing: the end-to-end test needs a real terminal. */
export function requireTmux(): void {
  const r = spawnSync("tmux", ["-V"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    throw new Error(
      "tmux is not installed, so the TUI end-to-end test cannot run. Install it: apt-get install -y tmux",
    );
  }
}

/** One tmux server (own socket) with one session, for one test file. */
export class Tmux {
  readonly socket = `report-e2e-${process.pid}-${Date.now().toString(36)}`;
  readonly session = `tui-${Math.random().toString(36).slice(2, 8)}`;

  run(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** A detached session of the given size running a plain bash with a known prompt. */
  start(columns: number, rows: number): void {
    const shell = "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color PS1='e2e$ ' bash --norc --noprofile";
    this.run("new-session", "-d", "-s", this.session, "-x", String(columns), "-y", String(rows), shell);
  }

  keys(...keys: string[]): void {
    this.run("send-keys", "-t", this.session, ...keys);
  }

  type(text: string): void {
    this.run("send-keys", "-t", this.session, "-l", text);
  }

  resize(columns: number, rows: number): void {
    this.run("resize-window", "-t", this.session, "-x", String(columns), "-y", String(rows));
  }

  screen(): string {
    return this.run("capture-pane", "-p", "-t", this.session);
  }

  /** Polls the screen until `test` passes, or fails with the last screen after `timeoutMs`. */
  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const ok = (s: string) =>
      typeof test === "string" ? s.includes(test) : test instanceof RegExp ? test.test(s) : test(s);
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      last = this.screen();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(test)}; the screen was:\n${last}`);
  }

  /** Sends a signal to the program the shell in the pane is running. */
  signalChild(signal: NodeJS.Signals): void {
    const shell = this.run("display-message", "-p", "-t", this.session, "#{pane_pid}").trim();
    const child = execFileSync("pgrep", ["-P", shell], { encoding: "utf8" }).trim().split("\n")[0];
    if (!child) throw new Error("no program is running in the pane");
    process.kill(Number(child), signal);
  }

  kill(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-session", "-t", this.session]);
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
    // tmux leaves the socket file of a killed server behind.
    const dir = process.env.TMUX_TMPDIR ?? "/tmp";
    rmSync(join(dir, `tmux-${process.getuid?.() ?? 0}`, this.socket), { force: true });
  }
}
