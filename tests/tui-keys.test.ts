import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { requireTmux, Tmux } from "./tui/tmux.ts";

// The explorer in a real terminal (tmux), checked the way a person at the keyboard would: keys that
// arrive together, tabs left and come back to, the sentence under the cursor, the clipboard, a small
// window, a terminal without colours.
const CLI = fileURLToPath(new URL("../apps/tui/dist/cli.js", import.meta.url));
let tmux: Tmux;

beforeAll(() => {
  requireTmux();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @report/tui build first`);
});
afterEach(() => tmux?.kill());

/** A fresh terminal of the given size running the explorer (with `env` set), on its overview. */
async function start(columns: number, rows: number, env = "") {
  tmux = new Tmux();
  tmux.start(columns, rows);
  tmux.type(`${env} SITE_URL=http://localhost:3000 "${process.execPath}" "${CLI}"`);
  tmux.keys("Enter");
  await tmux.waitFor("1 Overview");
}
/** An SGR sequence that sets attribute `n` (7 inverse, 4 underline), alone or with others. */
const SGR = (n: string) => new RegExp(`\u001b\\[(?:[0-9;]*;)?${n}m`);
const status = (screen: string) => screen.trimEnd().split("\n").at(-1) ?? "";
const selected = (screen: string) => /^> (.*)$/m.exec(screen)?.[1]?.trim() ?? "";

describe("keys in a real terminal", () => {
  it("handles every key of a chunk: ten j in one write, five Downs in one write, and counts (5j, 3G)", async () => {
    await start(80, 24);
    tmux.keys("Tab");
    await tmux.waitFor(/Issuing bureau, sentence 1 · 1\/28/);
    tmux.type("jjjjjjjjjj");
    await tmux.waitFor(/Paragraph 2, sentence 3 · 11\/28/);
    tmux.type("3");
    tmux.keys("Tab");
    await tmux.waitFor(/^Entities · 1\/56/m);
    // ESC [ B five times, written to the terminal at once.
    tmux.run("send-keys", "-t", tmux.session, "-H", ..."1b 5b 42 ".repeat(5).trim().split(" "));
    await tmux.waitFor(/^Entities · 6\/56/m);
    tmux.type("5j");
    await tmux.waitFor(/^Entities · 11\/56/m);
    tmux.type("3G");
    const screen = await tmux.waitFor(/^Entities · 3\/56/m);
    expect(selected(screen)).toMatch(/^Country +United States\b/);
  });

  it("keeps each tab's place: list cursor, reader sentence, filter", async () => {
    await start(100, 30);
    tmux.type("3");
    tmux.keys("Tab");
    await tmux.waitFor(/^Entities · 1\/56/m);
    tmux.type("f");
    tmux.type("group");
    tmux.keys("Enter");
    tmux.type("4j");
    await tmux.waitFor(/^Entities matching 'group' · 5\/\d+/m);
    tmux.type("2");
    tmux.keys("Tab");
    await tmux.waitFor(/· 1\/28/);
    tmux.type("9j");
    await tmux.waitFor(/· 10\/28/);
    tmux.type("6");
    tmux.keys("Tab");
    await tmux.waitFor(/^Timeline · 1\/10/m);
    tmux.type("3");
    tmux.keys("Tab");
    const entities = await tmux.waitFor(/^Entities matching 'group' · 5\/\d+/m);
    expect(entities).toContain("Filter: group");
    tmux.type("2");
    tmux.keys("Tab");
    await tmux.waitFor(/· 10\/28/);
  });

  it("moves a sentence cursor in the reader; e lists the entities of that sentence", async () => {
    await start(100, 30);
    tmux.type(":p6-s3");
    tmux.keys("Enter");
    let screen = await tmux.waitFor(/^Paragraph 6, sentence 3 · 23\/28/m);
    expect(screen).toMatch(/^▌ .*Helsinki Commission delegation/m);
    tmux.type("e");
    screen = await tmux.waitFor(/^Named in Paragraph 6, sentence 3/m);
    expect(screen).toContain("Helsinki Commission delegation");
    expect(screen).toContain("Minsk");
    expect(screen).not.toContain("Assistant Secretary");
    tmux.keys("Escape");
    tmux.type("j");
    await tmux.waitFor(/^Paragraph 6, sentence 4 · 24\/28/m);
    tmux.type("e");
    screen = await tmux.waitFor(/^Named in Paragraph 6, sentence 4/m);
    expect(screen).toContain("Assistant Secretary of State for European and Eurasian Affairs");
    expect(screen).not.toContain("Helsinki");
  });

  it("y copies the current sentence's citation with OSC 52 into tmux's paste buffer", async () => {
    await start(100, 30);
    tmux.run("set-option", "-s", "set-clipboard", "on");
    tmux.type(":p7-s3");
    tmux.keys("Enter");
    await tmux.waitFor(/^Paragraph 7, sentence 3/m);
    tmux.type("y");
    await tmux.waitFor("Copied the APA citation of Paragraph 7, sentence 3 (OSC 52).");
    const buffer = tmux.run("show-buffer");
    expect(buffer).toBe(
      "U.S. Department of State, Bureau of Democracy, Human Rights, and Labor. (2010). Advancing Freedom and Democracy Reports 2010: Belarus (Advancing Freedom and Democracy Reports). U.S. Department of State. http://localhost:3000/read#p7-s3",
    );
    tmux.type("o");
    expect(status(await tmux.waitFor("http://localhost:3000/read#p7-s3"))).toBe(
      "Paragraph 7, sentence 3: http://localhost:3000/read#p7-s3",
    );
  });

  it("shows the help at 60x14 without a cut line, the current screen's keys first", async () => {
    await start(60, 14);
    tmux.type("2");
    tmux.keys("Tab");
    await tmux.waitFor(/· 1\/28/);
    tmux.type("?");
    const screen = await tmux.waitFor("Keys of this screen (Reader)");
    const lines = screen.split("\n").slice(0, 14);
    expect(lines[1]).toBe("Keys of this screen (Reader)");
    expect(lines[2]).toMatch(/^j k, up down +next, previous sentence/);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(screen).toContain("↓ more: j or Space");
    tmux.type(" ");
    const more = await tmux.waitFor(/^q, Ctrl\+C +quit$/m);
    expect(more).toContain("↑ k back up");
    tmux.type("x");
    await tmux.waitFor(/^Issuing bureau, sentence 1/m);
  });

  it("under NO_COLOR shows the cursor and the selection in inverse video, with no colour at all", async () => {
    const sgr = () => tmux.run("capture-pane", "-p", "-e", "-t", tmux.session);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences are control characters.
    const COLOUR = /\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[25];[0-9;]+)m/;
    for (const noColor of [false, true]) {
      await start(100, 30, noColor ? "NO_COLOR=1" : "");
      tmux.type(":p7-s2");
      tmux.keys("Enter");
      await tmux.waitFor(/^Paragraph 7, sentence 2/m);
      const reader = sgr();
      // The sentence under the cursor is inverse (SGR 7), the mentions in it underlined (SGR 4).
      const line = reader.split("\n").find((l) => l.includes("▌") && l.includes("Belneftekhim")) ?? "";
      expect(line).toMatch(SGR("7"));
      expect(reader).toMatch(SGR("4"));
      expect(COLOUR.test(reader), `colours with NO_COLOR=${noColor}`).toBe(!noColor);
      tmux.type("3");
      tmux.keys("Tab");
      await tmux.waitFor(/^Entities · 1\/56/m);
      const list =
        sgr()
          .split("\n")
          .find((l) => l.includes("Belneftekhim")) ?? "";
      expect(list).toMatch(SGR("7"));
      // Quitting leaves the shell with no warning from Node about NO_COLOR (the user set no FORCE_COLOR).
      tmux.type("q");
      const after = await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()));
      expect(after).not.toMatch(/warning/i);
      tmux.kill();
    }
  });

  it("says the terminal is too small, with the minimum and how to quit", async () => {
    await start(100, 30);
    tmux.resize(44, 10);
    const screen = await tmux.waitFor("Too small");
    expect(screen.replace(/\s+/g, " ")).toContain(
      "Too small (44×10): the explorer needs at least 50×12. Make the window larger, or press q to quit.",
    );
    tmux.type("q");
    await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("Too small"));
  });
});
