import { report } from "@report/data";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app.tsx";
import { Corpus } from "../src/corpus.tsx";
import { createModel } from "../src/model.ts";
import { draftDoc, go, KEY, model, press, screen, statusOf } from "./helpers.ts";

afterEach(() => cleanup());

const documents = [report, draftDoc];
const mount = (columns = 80, rows = 24, open?: number) =>
  render(
    <Corpus
      documents={documents}
      source="corpus.json"
      open={open}
      columns={columns}
      rows={rows}
      siteUrl="http://localhost:3000"
    />,
  );
const lines = (frame: string | undefined) => screen(frame).split("\n");

describe("a corpus: the list of documents", () => {
  it("opens on the documents, each with its title, country, edition, status and coverage", () => {
    const frame = lines(mount().lastFrame());
    expect(frame).toHaveLength(24);
    expect(frame.slice(0, 8)).toEqual([
      " Documents  2 in corpus.json",
      "> Advancing Freedom and Democracy Reports 2010: Belarus",
      "  Belarus · 2010 edition · Published",
      "  28 of 28 sentences quoted by a record (100%)",
      "",
      "  Advancing Freedom and Democracy Reports 2010: Belarus",
      "  Belarus · 2010 edition · Draft",
      "  27 of 28 sentences quoted by a record (96.4%)",
    ]);
    expect(frame.at(-1)).toMatch(/^Documents · 1\/2 +Enter open · f filter · \? help$/);
  });

  it("Enter opens a document as the explorer of one document shows it; the draft has its banner on every screen", async () => {
    const app = mount();
    await press(app.stdin, KEY.enter);
    const published = lines(app.lastFrame());
    const alone = lines(render(<App model={model} columns={80} rows={24} />).lastFrame());
    // The same but for the way back to the documents, which the overview's status line names.
    expect(published.slice(0, -1)).toEqual(alone.slice(0, -1));
    expect(published.at(-1)).toMatch(/^Overview +d documents · \? help$/);
    await press(app.stdin, "d", "j", KEY.enter);
    const draft = lines(app.lastFrame());
    expect(draft[0]).toMatch(/^ 1 Overview {2}2 Reader/);
    expect(draft[1]).toBe(" Draft  27 of 28 sentences quoted by a record (96.4%) · 3 records to confirm");
    for (const n of [2, 3, 4, 5, 6, 7]) {
      await press(app.stdin, ...go(n));
      expect(lines(app.lastFrame())[1]).toMatch(/^ Draft {2}27 of 28 sentences/);
    }
  });

  it("d, or Esc at the top of a tab, goes back to the list, on the document left; each document keeps its place", async () => {
    const app = mount();
    await press(app.stdin, "j", KEY.enter, ...go(2), "5", "j");
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 1, sentence 3 · 6\/28 /);
    await press(app.stdin, KEY.esc);
    expect(lines(app.lastFrame())[0]).toBe(" Documents  2 in corpus.json");
    expect(statusOf(app.lastFrame())).toMatch(/^Documents · 2\/2/);
    await press(app.stdin, "k", KEY.enter, ...go(3), "j", "d");
    expect(statusOf(app.lastFrame())).toMatch(/^Documents · 1\/2/);
    await press(app.stdin, "j", KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 1, sentence 3 · 6\/28 /);
    await press(app.stdin, "d", "k", KEY.enter);
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 2\/56/);
    // Esc below the top of a tab still goes back one view, as in the explorer of one document.
    await press(app.stdin, KEY.enter, KEY.esc);
    expect(statusOf(app.lastFrame())).toMatch(/^Entities · 2\/56/);
  });

  it("f filters the documents fuzzily; Esc clears the filter; nothing matching says so", async () => {
    const app = mount();
    await press(app.stdin, "f", ..."draft");
    const frame = lines(app.lastFrame());
    expect(frame[1]).toBe("Filter: draft");
    expect(frame[2]).toBe("> Advancing Freedom and Democracy Reports 2010: Belarus");
    expect(frame[3]).toBe("  Belarus · 2010 edition · Draft");
    expect(statusOf(app.lastFrame())).toMatch(/^Documents matching 'draft' · 1\/1/);
    await press(app.stdin, KEY.enter);
    expect(lines(app.lastFrame())[1]).toMatch(/^ Draft /);
    await press(app.stdin, "d", "f", KEY.ctrlU, ..."zzzq");
    expect(statusOf(app.lastFrame())).toMatch(/^No document matches 'zzzq'/);
    await press(app.stdin, KEY.esc);
    expect(statusOf(app.lastFrame())).toMatch(/^Documents · 1\/2/);
    expect(lines(app.lastFrame())[1]).toBe("> Advancing Freedom and Democracy Reports 2010: Belarus");
  });

  it("starts on the document it is told to open (--doc)", () => {
    expect(lines(mount(80, 24, 1).lastFrame())[1]).toMatch(/^ Draft /);
  });

  it("fits 60x14: the list, and a draft's banner cut between its parts", async () => {
    const app = mount(60, 14);
    const list = lines(app.lastFrame());
    expect(list).toHaveLength(14);
    for (const l of list) expect(l.length).toBeLessThanOrEqual(60);
    expect(list[3]).toBe("  28 of 28 sentences quoted by a record (100%)");
    await press(app.stdin, "j", KEY.enter, ...go(2));
    const draft = lines(app.lastFrame());
    expect(draft[1]).toBe(" Draft  27 of 28 sentences quoted by a record (96.4%)");
    expect(draft).toHaveLength(14);
    expect(statusOf(app.lastFrame())).toMatch(/^Issuing bureau, sentence 1 · 1\/28/);
  });

  it("help lists the list's keys; in a document of a corpus it says how to get back", async () => {
    const app = mount(80, 30);
    await press(app.stdin, "?");
    const help = screen(app.lastFrame());
    expect(help).toContain("Keys of this screen (Documents)");
    expect(help).toMatch(/Enter +read the document \(where you left it\)/);
    await press(app.stdin, "x", KEY.enter, "?");
    expect(screen(app.lastFrame())).toMatch(/d, Esc at the top +the corpus's list of documents/);
  });

  it("says it is too small, and q quits from there", () => {
    expect(screen(mount(40, 10).lastFrame())).toContain("Too small (40×10)");
  });
});

describe("one document, as before", () => {
  it("a published document has no banner and no way to a list of documents: Esc at the top and d do nothing", async () => {
    const app = render(<App model={model} columns={80} rows={24} />);
    await press(app.stdin, ...go(2), "3", "j", KEY.esc, "d");
    expect(lines(app.lastFrame())[1]).not.toMatch(/Draft/);
    expect(statusOf(app.lastFrame())).toMatch(/^Paragraph 1, sentence 1 · 4\/28 /);
  });

  it("a draft alone has its banner too, and its overview names it while its title is to fill in", () => {
    const untitled = {
      ...draftDoc,
      metadata: { ...draftDoc.metadata, title: { value: "to fill in", basis: "external", source: "to fill in" } },
    } as typeof draftDoc;
    const frame = lines(render(<App model={createModel(untitled)} columns={100} rows={24} />).lastFrame());
    expect(frame[1]).toBe(
      " Draft  27 of 28 sentences quoted by a record (96.4%) · 3 records to confirm · not yet published",
    );
    expect(frame[2]).toBe("  afdr-2010-belarus-draft (title to fill in)");
  });
});
