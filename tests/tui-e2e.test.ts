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
    tmux.type("3");
    tmux.keys("Tab");
    await tmux.waitFor(/^Entities · 1\/56/m);
    const selected = (s: string) => /^> .*$/m.exec(s)?.[0];
    const first = selected(await tmux.waitFor(/^> \S+ +\S/m));
    tmux.keys("j");
    const list = await tmux.waitFor((s) => selected(s) !== undefined && selected(s) !== first);
    const name = /^> \S+ +(.{1,20})/m.exec(list)?.[1] ?? "";
    tmux.keys("Enter");
    const screen = await tmux.waitFor("In the report's words");
    expect(screen).toContain(name);
    tmux.keys("Escape");
    await tmux.waitFor(/^Entities · 2\/56/m);
  });

  it("searches for Belneftekhim, opens the result and sees the quote", async () => {
    tmux.keys("/");
    await tmux.waitFor("Search:");
    tmux.type("Belneftekhim");
    await tmux.waitFor(/^> Belneftekhim/m);
    tmux.keys("Enter");
    const screen = await tmux.waitFor("Company · belneftekhim");
    // What it is and what it is tied to first (its subsidiaries), then its words.
    expect(screen).toMatch(/^> ownership: state-owned/m);
    expect(screen).toContain("two subsidiaries of state-owned petrochemical conglomerate Belneftekhim: subsidiary of");
    expect(screen).toContain("Paragraph 7, sentence 2: Following the release of the last political");
    expect(screen).toContain("petrochemical conglomerate Belneftekhim");
  });

  it("jumps from the quote to its sentence in the reader, its paragraph at the top", async () => {
    tmux.keys("G");
    await tmux.waitFor(/^> Paragraph 7, sentence 2: Following the release/m);
    tmux.keys("Enter");
    const screen = await tmux.waitFor(/^Paragraph 7, sentence 2 · 26\/28/m);
    expect(screen.split("\n")[1]).toMatch(/^ {2}In 2007 and 2008/);
    expect(screen).toMatch(/^▌ .*Following the release of the last political prisoners/m);
  });

  it("says the terminal is too small at 20x5 and recovers when it grows", async () => {
    tmux.resize(20, 5);
    await tmux.waitFor("Too small");
    tmux.resize(100, 30);
    const screen = await tmux.waitFor(/^Paragraph 7, sentence 2/m);
    expect(screen).not.toContain("Too small");
  });

  it("quits with q and gives the shell its prompt back", async () => {
    tmux.keys("q");
    const screen = await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("1 Overview"));
    expect(screen).not.toContain("Paragraph 7, sentence 2");
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
