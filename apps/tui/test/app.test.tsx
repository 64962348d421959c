import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App, type Terminal } from "../src/app.tsx";
import { go, KEY, model, press, screen, statusOf, tick } from "./helpers.ts";

afterEach(() => cleanup());

const mount = (columns = 80, rows = 24, terminal?: Terminal) =>
  render(<App model={model} columns={columns} rows={rows} siteUrl="http://localhost:3000" terminal={terminal} />);
const selected = (frame: string | undefined) => /^> (.*)$/m.exec(screen(frame))?.[1]?.trim() ?? "";

describe("the explorer at 80x24", () => {
  it("opens on the overview with what the report is and its counts", () => {
    const frame = screen(mount().lastFrame());
    expect(frame).toContain("Advancing Freedom and Democracy Reports 2010: Belarus");
    expect(frame).toContain(`${model.report.entities.length} entities`);
    expect(frame).toContain("1 Overview");
    for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame.split("\n").length).toBe(24);
  });

  it("handles every key of a chunk, in order: ten j in one write move ten sentences", async () => {
    const app = mount();
    await press(app.stdin, KEY.tab);
    expect(statusOf(app.lastFrame())).toMatch(/^Issuing bureau, sentence 1 · 1\/28/);
    app.stdin.write("jjjjjjjjjj");
    await tick(100);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 2, sentence 3 · 11\/28/);
  });

  it("five Downs in one chunk move five rows; a count moves that many (5j), and 3G goes to the third", async () => {
    const app = mount();
    await press(app.stdin, ...go(3));
    app.stdin.write(KEY.down.repeat(5));
    await tick(100);
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 6\/56/);
    await press(app.stdin, "5", "j");
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 11\/56/);
    app.stdin.write("3G");
    await tick(100);
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 3\/56/);
  });

  it("a count typed before Tab says what it will do, and goes to that screen", async () => {
    const app = mount();
    await press(app.stdin, "5");
    expect(statusOf(app.lastFrame())).toContain("Tab for screen 5 (Sanctions)");
    await press(app.stdin, KEY.tab);
    expect(screen(app.lastFrame())).toContain("The suspension was extended in November 2009");
  });

  it("keeps each tab's place when you switch away and back", async () => {
    const app = mount();
    await press(app.stdin, ...go(3), "4", "j");
    await press(app.stdin, ...go(2), "7", "j");
    await press(app.stdin, ...go(4), "j", "j");
    await press(app.stdin, ...go(3));
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 5\/56/);
    await press(app.stdin, ...go(2));
    expect(statusOf(app.lastFrame())).toMatch(/· 8\/28/);
    await press(app.stdin, ...go(4));
    expect(statusOf(app.lastFrame())).toMatch(/^Events · 3\/25/);
  });

  it("filters fuzzily and ranks: 'opp lead' finds the opposition leaders, an exact 'Minsk' comes first", async () => {
    const app = mount();
    await press(app.stdin, ...go(3), "f", ..."opp lead");
    expect(screen(app.lastFrame())).toContain("Filter: opp lead");
    expect(selected(app.lastFrame())).toMatch(/^Group +opposition leaders$/);
    expect(statusOf(app.lastFrame())).toMatch(/matching 'opp lead' · 1\/2/);
    await press(app.stdin, KEY.ctrlU, ..."Minsk");
    expect(selected(app.lastFrame())).toMatch(/^Place +Minsk$/);
    expect(screen(app.lastFrame())).toContain("Embassy Minsk");
  });

  it("gives text fields readline keys (Ctrl+W, Ctrl+A, Ctrl+U, Ctrl+E); Esc clears the filter", async () => {
    const app = mount();
    await press(app.stdin, ...go(3), "f", ..."opp lead", KEY.ctrlW);
    expect(screen(app.lastFrame())).toMatch(/Filter: opp ?$/m);
    await press(app.stdin, KEY.ctrlA, ..."x");
    expect(screen(app.lastFrame())).toMatch(/Filter: xopp ?$/m);
    await press(app.stdin, KEY.ctrlU);
    expect(screen(app.lastFrame())).toMatch(/Filter: opp ?$/m);
    await press(app.stdin, "\u0005", KEY.ctrlU);
    expect(screen(app.lastFrame())).toMatch(/Filter: ?$/m);
    await press(app.stdin, ..."belneft", KEY.esc);
    expect(screen(app.lastFrame())).not.toContain("Filter:");
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 1\/56/);
  });

  it("stops the cursor only on rows it can act on: never on a heading or a blank line", async () => {
    const app = mount();
    await press(app.stdin, ...go(6));
    const rows: string[] = [];
    for (let i = 0; i < 10; i++) {
      rows.push(selected(app.lastFrame()));
      await press(app.stdin, "j");
    }
    expect(rows[0]).toMatch(/^2007 and 2008 +United States increased sanctions/);
    for (const r of rows) expect(r).not.toMatch(/^(\d{4})?$/);
    expect(statusOf(app.lastFrame())).toMatch(/^Timeline · 10\/10/);
  });

  it("shows each dated record once on the timeline, with its date in words", async () => {
    const app = mount(120, 40);
    await press(app.stdin, ...go(6));
    const frame = screen(app.lastFrame());
    expect(frame).toMatch(/since May 2008 +Embassy Minsk limited to five diplomats/);
    expect(frame).toMatch(/June 2009 +Helsinki Commission delegation met/);
    expect(frame.match(/Helsinki Commission delegation met/g)).toHaveLength(1);
    expect(frame).not.toMatch(/\d{4}-\d{2}|\.\./);
  });

  it("shows each sanction with its history chain, state and condition", async () => {
    const app = mount(120, 40);
    await press(app.stdin, ...go(5));
    const frame = screen(app.lastFrame());
    expect(frame).toContain("by United States · now suspended");
    expect(frame).toMatch(
      /├ Suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008\n.*└ The suspension was extended in November 2009/,
    );
    expect(frame).toContain("Condition: Further action on sanctions depend on");
  });

  it("an entity's details say whom it works with and what it takes part in before its quotes", async () => {
    const app = mount(120, 80);
    await press(app.stdin, ":", ..."united states", KEY.enter);
    const frame = screen(app.lastFrame());
    const at = (text: string) => frame.indexOf(text);
    expect(at("Relations")).toBeGreaterThan(-1);
    expect(at("Relations")).toBeLessThan(at("Takes part in"));
    expect(at("Takes part in")).toBeLessThan(at("In the report's words"));
    expect(frame).toContain("coordinates with EU (close and effective throughout)");
    expect(frame).toContain("U.S. officials: member of United States");
  });

  it("opens an event's details from the Events screen, each entity a row of its own", async () => {
    const app = mount(120, 40);
    await press(app.stdin, ...go(4), "f", ..."helsinki", KEY.enter, KEY.enter);
    const frame = screen(app.lastFrame());
    expect(frame).toContain("Meeting · helsinki-commission-delegation-meeting");
    expect(frame).toMatch(/When +in June 2009/);
    expect(frame).toMatch(/^> Who +Helsinki Commission delegation/m);
  });
});

describe("the reader's sentence cursor", () => {
  it("e lists the entities of the sentence under the cursor, not of the paragraph at the top", async () => {
    const app = mount();
    await press(app.stdin, ":", ..."p7-s2", KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 7, sentence 2 · 26\/28/);
    await press(app.stdin, "e");
    const frame = screen(app.lastFrame());
    expect(statusOf(app.lastFrame())).toMatch(/^Named in Paragraph 7, sentence 2/);
    expect(frame).toContain("Belneftekhim");
    expect(frame).not.toContain("Helsinki");
    await press(app.stdin, KEY.esc, "j", "e");
    expect(statusOf(app.lastFrame())).toBe("No entity is named in Paragraph 7, sentence 3.");
    await press(app.stdin, "2", "k", "e");
    expect(statusOf(app.lastFrame())).toMatch(/^Named in Paragraph 7, sentence 1/);
  });

  it("a page down never moves the cursor back; o on a quote row shows its sentence's address at 60 columns", async () => {
    const app = mount(60, 14);
    await press(app.stdin, ...go(2), "G", KEY.pageDown);
    expect(statusOf(app.lastFrame())).toBe("Paragraph 7, sentence 4 · 28/28");
    await press(app.stdin, ":", ..."belneftekhim", KEY.enter, "o");
    expect(statusOf(app.lastFrame())).toBe("Paragraph 7, sentence 2: http://localhost:3000/read#p7-s2");
  });

  it("lets the last paragraph reach the top", async () => {
    const app = mount();
    await press(app.stdin, ...go(2), "G", KEY.pageDown, KEY.pageDown);
    expect(screen(app.lastFrame()).split("\n")[1]).toMatch(/In 2007 and 2008 the United States increased/);
  });

  it("y copies the sentence's APA citation with OSC 52, o shows its web address", async () => {
    const written: string[] = [];
    const app = mount(100, 24, { write: (s) => written.push(s), hyperlinks: false });
    await press(app.stdin, ":", ..."p7-s3", KEY.enter, "y");
    for (let i = 0; i < 50 && written.length === 0; i++) await tick(50);
    const osc = written.join("");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: OSC 52 is made of control characters.
    expect(osc).toMatch(/^\u001b\]52;c;[A-Za-z0-9+/=]+\u0007$/);
    const text = Buffer.from(osc.slice(7, -1), "base64").toString("utf8");
    expect(text).toContain("Advancing Freedom and Democracy Reports 2010: Belarus");
    expect(text).toContain("http://localhost:3000/read#p7-s3");
    await tick(50);
    expect(statusOf(app.lastFrame())).toContain("Copied the APA citation of Paragraph 7, sentence 3");
    await press(app.stdin, "o");
    expect(statusOf(app.lastFrame())).toBe("Paragraph 7, sentence 3: http://localhost:3000/read#p7-s3");
  });

  it("o writes the address as an OSC 8 hyperlink where the terminal supports one", async () => {
    const app = mount(100, 24, { write: () => undefined, hyperlinks: true });
    await press(app.stdin, ":", ..."p7-s3", KEY.enter, "o");
    const url = "http://localhost:3000/read#p7-s3";
    expect(app.lastFrame()).toContain(`\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`);
  });

  it("Enter on a quote opens its sentence in the reader, marked; Esc comes back", async () => {
    const app = mount();
    await press(app.stdin, ":", ..."belneftekhim", KEY.enter);
    expect(screen(app.lastFrame())).toContain("Company · belneftekhim");
    await press(app.stdin, KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 7, sentence 2/);
    await press(app.stdin, KEY.esc);
    expect(screen(app.lastFrame())).toContain("Company · belneftekhim");
  });

  it("keys that arrive together after Esc are each a key: Esc Esc goes back twice, Esc then Down or G moves", async () => {
    const app = mount();
    // Reader, then the entities of p7-s2, then Belneftekhim, then its quote (its last row) in the reader: four views.
    await press(app.stdin, ":", ..."p7-s2", KEY.enter, "e", KEY.enter, "G", KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 7, sentence 2/);
    await press(app.stdin, KEY.esc + KEY.esc);
    expect(statusOf(app.lastFrame())).toMatch(/^Named in Paragraph 7, sentence 2 · 1\//);
    await press(app.stdin, KEY.esc + KEY.down);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 7, sentence 3/);
    await press(app.stdin, "g", `${KEY.esc}G`);
    expect(statusOf(app.lastFrame())).toMatch(/ 28\/28/);
  });

  it(": names what it cannot find, with the closest names", async () => {
    const app = mount(120, 24);
    await press(app.stdin, ":", ..."belneftx", KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(
      /^Nothing has the id or name 'belneftx'\. Closest: .*Belneftekhim \(Company, belneftekhim\)/,
    );
  });
});

describe("help and small terminals", () => {
  it("lists the current screen's keys first, and fits 60x14 without a cut word", async () => {
    const app = mount(60, 14);
    await press(app.stdin, ...go(2), "?");
    const lines = screen(app.lastFrame()).split("\n");
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe("Keys of this screen (Reader)");
    expect(lines[2]).toMatch(/^j k, up down +next, previous sentence/);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    await press(app.stdin, " ", " ");
    expect(screen(app.lastFrame())).toContain("Keys everywhere");
    await press(app.stdin, "x");
    expect(statusOf(app.lastFrame())).toMatch(/^Issuing bureau, sentence 1/);
  });

  it("says how small is too small and that q quits", () => {
    const frame = screen(mount(40, 10).lastFrame()).replace(/\s+/g, " ");
    expect(frame).toContain(
      "Too small (40×10): the explorer needs at least 50×12. Make the window larger, or press q to quit.",
    );
  });

  it("re-lays out when the size changes", () => {
    const app = mount(20, 5);
    app.rerender(<App model={model} columns={100} rows={30} />);
    const frame = screen(app.lastFrame());
    expect(frame).not.toContain("Too small");
    expect(frame).toContain("1 Overview");
  });
});
