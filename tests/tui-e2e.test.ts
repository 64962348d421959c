import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTmux, Tmux } from "./tui/tmux.ts";

// Drives the built `report` binary in a real terminal (tmux): keys in, screen out.
const CLI = fileURLToPath(new URL("../apps/tui/dist/cli.js", import.meta.url));
const tmux = new Tmux();

beforeAll(() => {
  requireTmux();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @report/tui build first`);
  tmux.start(100, 30);
  tmux.type(`"${process.execPath}" "${CLI}"`);
  tmux.keys("Enter");
});

afterAll(() => tmux.kill());

describe("report (interactive) in a 100x30 terminal", () => {
  it("starts on the overview", async () => {
    const screen = await tmux.waitFor("1 Overview");
    expect(screen).toContain("Advancing Freedom and Democracy Reports 2010: Belarus");
  });

  it("navigates to an entity and back", async () => {
    tmux.keys("3");
    await tmux.waitFor("f filter · Enter open");
    const selected = (s: string) => /^> .*$/m.exec(s)?.[0];
    const first = selected(await tmux.waitFor(/^> \S+ +\S/m));
    tmux.keys("j");
    const list = await tmux.waitFor((s) => selected(s) !== undefined && selected(s) !== first);
    const name = /^> \S+ +(.{1,20})/m.exec(list)?.[1] ?? "";
    tmux.keys("Enter");
    const screen = await tmux.waitFor("Enter on a quote: jump to paragraph");
    expect(screen).toContain(name);
    expect(screen).toContain("Evidence");
    tmux.keys("Escape");
    await tmux.waitFor("f filter · Enter open");
  });

  it("searches for Belneftekhim, opens the result and sees the quote", async () => {
    tmux.keys("/");
    await tmux.waitFor("Search:");
    tmux.type("Belneftekhim");
    await tmux.waitFor(/^> Belneftekhim/m);
    tmux.keys("Enter");
    const screen = await tmux.waitFor("Company · belneftekhim");
    expect(screen).toContain("> [p7] Following the release of the last political prisoners in 2008");
    expect(screen).toContain("petrochemical conglomerate Belneftekhim");
  });

  it("jumps from the quote to its paragraph in the reader", async () => {
    tmux.keys("Enter");
    const screen = await tmux.waitFor("Reader · p7");
    expect(screen.split("\n")[1]).toMatch(/^\[p7\] In 2007 and 2008/);
  });

  it("says the terminal is too small at 20x5 and recovers when it grows", async () => {
    tmux.resize(20, 5);
    await tmux.waitFor("terminal too small");
    tmux.resize(100, 30);
    const screen = await tmux.waitFor("Reader · p7");
    expect(screen).not.toContain("terminal too small");
  });

  it("quits with q and gives the shell its prompt back", async () => {
    tmux.keys("q");
    const screen = await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("1 Overview"));
    expect(screen).not.toContain("Reader ·");
  });

  it("quits with Ctrl+C even while typing a search, with exit status 130", async () => {
    tmux.type(`"${process.execPath}" "${CLI}"`);
    tmux.keys("Enter");
    await tmux.waitFor("1 Overview");
    tmux.keys("/");
    await tmux.waitFor("Search:");
    tmux.type("sanc");
    await tmux.waitFor("Search: sanc");
    tmux.keys("C-c");
    await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("Search:"));
    // Interrupted, as with SIGINT: 130, not the 0 of a normal quit.
    tmux.type("echo exit=$?");
    tmux.keys("Enter");
    await tmux.waitFor(/^exit=130$/m);
  });

  it("restores the terminal when killed with SIGTERM", async () => {
    tmux.type(`"${process.execPath}" "${CLI}"`);
    tmux.keys("Enter");
    await tmux.waitFor("1 Overview");
    tmux.signalChild("SIGTERM");
    await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("1 Overview"));
    tmux.type("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon | tr '\\n' ,; echo");
    tmux.keys("Enter");
    // The shell's terminal is back in canonical mode with echo on (raw mode was undone).
    await tmux.waitFor(/^(icanon,echo,|echo,icanon,)$/m);
  });
});
