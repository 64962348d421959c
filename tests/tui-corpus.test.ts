import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureCorpus, ROOT } from "./fixture-corpus.ts";
import { requireTmux, Tmux } from "./tui/tmux.ts";

// A curator's path end to end: `pnpm ingest` makes a draft of a fixture text, `pnpm build:data` builds
// it into a corpus beside the published report, and `report --data corpus.json` browses both in a
// real terminal (tmux): the list of documents, the draft banner, switching documents, --doc.
const CLI = join(ROOT, "apps/tui/dist/cli.js");
const work = mkdtempSync(join(tmpdir(), "report-tui-corpus-"));
const corpus = join(work, "corpus", "corpus.json");
let tmux: Tmux | undefined;

beforeAll(() => {
  requireTmux();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @report/tui build first`);
  buildFixtureCorpus(work);
});
afterEach(() => tmux?.kill());
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh terminal of the given size running `report` with `args` (and `env`), once `ready` shows. */
async function start(columns: number, rows: number, args: string, ready: string | RegExp, env = ""): Promise<Tmux> {
  const t = new Tmux();
  tmux = t;
  t.start(columns, rows);
  t.type(`${env} SITE_URL=http://localhost:3000 "${process.execPath}" "${CLI}" ${args}`);
  t.keys("Enter");
  await t.waitFor(ready);
  return t;
}
/** The SGR sequence just before the banner's label. */
const ESC = "\u001b";
const LABEL_SGR = new RegExp(`${ESC}\\[([0-9;]*)m Draft `);
const lines = (screen: string) =>
  screen
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => l.trimEnd());
const status = (screen: string) => screen.trimEnd().split("\n").at(-1) ?? "";

describe("a corpus of the published report and a draft made by pnpm ingest, in tmux", () => {
  it("opens on the list of documents, each with its title, country, edition, status and coverage", async () => {
    const t = await start(80, 24, `--data "${corpus}"`, /^Documents · 1\/2/m);
    expect(lines(t.screen()).slice(0, 8)).toEqual([
      " Documents  2 in corpus.json",
      "> Advancing Freedom and Democracy Reports 2010: Belarus",
      "  Belarus · 2010 edition · Published",
      "  28 of 28 sentences quoted by a record (100%)",
      "",
      "  fixture-armenia-draft (title to fill in)",
      "  Armenia · edition to fill in · Draft",
      "  5 of 9 sentences quoted by a record (55.6%)",
    ]);
  });

  it("opens the draft with its banner on every screen, switches documents, and comes back where it was", async () => {
    const t = await start(80, 24, `--data "${corpus}"`, /^Documents · 1\/2/m);
    t.type("j");
    await t.waitFor(/^Documents · 2\/2/m);
    t.keys("Enter");
    let screen = await t.waitFor("1 Overview");
    expect(lines(screen)[1]).toBe(" Draft  5 of 9 sentences quoted by a record (55.6%) · 9 records to confirm");
    expect(lines(screen)[2]).toBe("  fixture-armenia-draft (title to fill in)");
    t.type("2");
    t.keys("Tab");
    await t.waitFor(/^Issuing bureau, sentence 1 · 1\/9/m);
    t.type("4j");
    screen = await t.waitFor(/^Paragraph 1, sentence 2 · 5\/9/m);
    expect(lines(screen)[1]).toMatch(/^ Draft {2}5 of 9 sentences/);
    // The cursor's bar marks both lines of the sentence, and only them.
    expect(screen.match(/^▌ .*$/gm)).toEqual([
      "▌ The U.S. Government met the OSCE in Yerevan in March 2009. The fixture's    █",
      "▌ invented embassy staff visited three regional libraries. Local partners     █",
    ]);
    // d: the list, the cursor on the draft; the published report looks as it always does.
    t.type("d");
    await t.waitFor(/^Documents · 2\/2/m);
    t.type("k");
    t.keys("Enter");
    screen = await t.waitFor("1 Overview");
    expect(lines(screen)[1]).toBe("  Advancing Freedom and Democracy Reports 2010: Belarus");
    expect(screen).not.toContain("Draft");
    expect(status(screen)).toMatch(/^Overview +d documents · \? help$/);
    // Esc at the top of a tab goes back to the list too; the draft is where it was left.
    t.keys("Escape");
    await t.waitFor(/^Documents · 1\/2/m);
    t.type("j");
    t.keys("Enter");
    screen = await t.waitFor(/^Paragraph 1, sentence 2 · 5\/9/m);
    expect(lines(screen)[1]).toMatch(/^ Draft /);
    t.type("q");
    await t.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("1 Overview"));
  });

  it("filters the list of documents: f, a few letters, Enter opens the match", async () => {
    const t = await start(80, 24, `--data "${corpus}"`, /^Documents · 1\/2/m);
    t.type("farmen");
    const screen = await t.waitFor(/^Documents matching 'armen' · 1\/1/m);
    expect(lines(screen)[1]).toBe("Filter: armen");
    expect(lines(screen)[2]).toBe("> fixture-armenia-draft (title to fill in)");
    t.keys("Enter");
    await t.waitFor(/^ Draft {2}5 of 9/m);
  });

  it("--doc opens that document at once, and d still leads to the list", async () => {
    const t = await start(80, 24, `--data "${corpus}" --doc fixture-armenia-draft`, "1 Overview");
    expect(lines(t.screen())[1]).toMatch(/^ Draft {2}5 of 9/);
    t.type("d");
    await t.waitFor(/^Documents · 2\/2/m);
  });

  it("at 60x14 the list and the draft's banner fit, the banner cut between its parts", async () => {
    const t = await start(60, 14, `--data "${corpus}"`, /^Documents · 1\/2/m);
    let screen = lines(t.screen());
    expect(screen).toHaveLength(14);
    for (const l of screen) expect(l.length).toBeLessThanOrEqual(60);
    expect(screen[7]).toBe("  5 of 9 sentences quoted by a record (55.6%)");
    t.type("j");
    t.keys("Enter");
    await t.waitFor("1 Overview");
    t.type("2");
    t.keys("Tab");
    screen = lines(await t.waitFor(/^Issuing bureau, sentence 1 · 1\/9/m));
    expect(screen[1]).toBe(" Draft  5 of 9 sentences quoted by a record (55.6%)");
    for (const l of screen) expect(l.length).toBeLessThanOrEqual(60);
  });

  it("the banner's label stands out on a yellow ground, and in inverse video under NO_COLOR", async () => {
    for (const noColor of [false, true]) {
      const args = `--data "${corpus}" --doc fixture-armenia-draft`;
      const t = await start(80, 24, args, "1 Overview", noColor ? "NO_COLOR=1" : "");
      const banner = t.run("capture-pane", "-e", "-p", "-t", t.session).split("\n")[1] ?? "";
      // ESC [ … m: the attributes the label is drawn with (43 a yellow ground, 7 inverse).
      const label = LABEL_SGR.exec(banner)?.[1]?.split(";") ?? [];
      expect(label).toContain(noColor ? "7" : "43");
      expect(label).not.toContain(noColor ? "43" : "7");
      t.kill();
    }
  });

  it("the explorer refuses an unknown --doc as the commands do, and gives the terminal back", async () => {
    const t = await start(100, 24, `--data "${corpus}" --doc nope`, "usage: report");
    const screen = (await t.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()))).replace(/\n/g, "");
    expect(screen).toContain(`report: no document 'nope' in '${corpus}': its documents are`);
    expect(screen).not.toContain("Documents ·");
  });
});

describe("the scriptable commands on the same corpus", () => {
  const report = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, "--data", corpus, ...args], { encoding: "utf8" });
    return { stdout: r.stdout, stderr: r.stderr, code: r.status };
  };

  it("documents lists the ids; --doc picks one; a draft's text starts with its banner", () => {
    expect(report("documents").stdout).toMatch(
      /^afdr-2010-belarus +Advancing.*\n.*\nfixture-armenia-draft +fixture-armenia-draft \(title to fill in\)$/m,
    );
    const draft = report("--doc", "fixture-armenia-draft", "read", "p1-s2");
    expect(draft.code).toBe(0);
    expect(draft.stdout).toBe(
      [
        "Draft: 5 of 9 sentences quoted by a record (55.6%) · 9 records to confirm · not yet published",
        "[p1-s2] Paragraph 1, sentence 2",
        "The fixture's invented embassy staff visited three regional libraries.",
        "",
      ].join("\n"),
    );
    const published = report("--doc", "afdr-2010-belarus", "read", "p7-s2");
    expect(published.stdout.split("\n")[0]).toBe("[p7-s2] Paragraph 7, sentence 2");
  });

  it("without --doc, or with an unknown one, says which ids there are (exit 2, with the usage)", () => {
    const none = report("timeline");
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")[0]).toBe(
      `report: '${corpus}' holds 2 documents: choose one with --doc <id> (afdr-2010-belarus, fixture-armenia-draft)`,
    );
    expect(none.stderr.split("\n")[1]).toMatch(/^usage: report /);
    const unknown = report("--doc", "fixture-armenia", "timeline");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n")[0]).toBe(
      `report: no document 'fixture-armenia' in '${corpus}': its documents are fixture-armenia-draft, afdr-2010-belarus`,
    );
  });
});
