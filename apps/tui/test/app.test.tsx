import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app.tsx";
import { KEY, model, press, screen, tick } from "./helpers.ts";

afterEach(() => cleanup());

const mount = (columns = 80, rows = 24) => render(<App model={model} columns={columns} rows={rows} />);

describe("App at 80x24", () => {
  it("opens on the overview with what the report is and its counts", () => {
    const frame = screen(mount().lastFrame());
    expect(frame).toContain("Advancing Freedom and Democracy Reports 2010: Belarus");
    expect(frame).toContain(`${model.report.entities.length} entities`);
    expect(frame).toContain("1 Overview");
    for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame.split("\n").length).toBeLessThanOrEqual(24);
  });

  it("Tab goes to the reader, which shows the text and scrolls with j", async () => {
    const app = mount();
    await press(app.stdin, KEY.tab);
    expect(screen(app.lastFrame())).toContain("[bureau] Bureau of Democracy, Human Rights, and Labor");
    await press(app.stdin, ..."jjjjjjjjjj");
    const frame = screen(app.lastFrame());
    expect(frame).not.toContain("[bureau]");
    expect(frame).toMatch(/Reader · (intro|p\d)/);
  });

  it("filters entities as you type and opens the detail with its quote", async () => {
    const app = mount();
    await press(app.stdin, "3", "f", ..."belneft");
    let frame = screen(app.lastFrame());
    expect(frame).toContain("Filter: belneft");
    expect(frame).toContain("Belneftekhim");
    expect(frame).not.toContain("United States");
    await press(app.stdin, KEY.enter, KEY.enter);
    frame = screen(app.lastFrame());
    expect(frame).toContain("Company · belneftekhim");
    expect(frame).toContain("> [p7] Following the release of the last political prisoners in 2008");
    expect(frame).toContain("ownership: state-owned");
    expect(frame).toContain("<- two subsidiaries");
  });

  it("Enter on a quote jumps to its paragraph in the reader; Esc comes back", async () => {
    const app = mount();
    await press(app.stdin, "3", "f", ..."belneftekhim", KEY.enter, KEY.enter, KEY.enter);
    let frame = screen(app.lastFrame());
    expect(frame).toContain("Reader · p7");
    expect(frame.split("\n")[1]).toMatch(/^\[p7\] In 2007 and 2008/);
    await press(app.stdin, KEY.esc);
    await tick(100);
    frame = screen(app.lastFrame());
    expect(frame).toContain("Company · belneftekhim");
  });

  it("searches live with / and opens the hit with Enter", async () => {
    const app = mount();
    await press(app.stdin, "/", ..."Belneftekhim");
    let frame = screen(app.lastFrame());
    expect(frame).toContain("Search: Belneftekhim");
    expect(frame).toContain("> Belneftekhim");
    await press(app.stdin, KEY.enter);
    frame = screen(app.lastFrame());
    expect(frame).toContain("Company · belneftekhim");
  });

  it("lists dated records on the timeline with their dates in words, at their precision", async () => {
    const app = mount();
    await press(app.stdin, "4");
    const frame = screen(app.lastFrame());
    expect(frame).toMatch(/since May 2008 +Embassy Minsk limited to five diplomats/);
    expect(frame).toMatch(/June 2009 +Helsinki Commission delegation met/);
    expect(frame).toContain("after the release of the last political prisoners");
  });

  it("e in the reader lists the entities named in the top paragraph", async () => {
    const app = mount();
    await press(app.stdin, "3", "f", ..."belneftekhim", KEY.enter, KEY.enter, KEY.enter, "e");
    let frame = screen(app.lastFrame());
    expect(frame).toMatch(/entities named in p7/);
    expect(frame).toContain("Belneftekhim");
    expect(frame).toMatch(/^> /m);
    await press(app.stdin, KEY.enter);
    frame = screen(app.lastFrame());
    expect(frame).toContain("Enter on a quote: jump to paragraph");
  });

  it("PgDn pages through a list; Esc in an empty search goes back", async () => {
    const app = mount();
    await press(app.stdin, "3", KEY.pageDown);
    // The first row (the first company) is no longer the selected one, and a row is.
    expect(screen(app.lastFrame())).toMatch(/^> /m);
    expect(screen(app.lastFrame())).not.toMatch(/^> Company +Belneftekhim\s*$/m);
    await press(app.stdin, "/", KEY.esc);
    await tick(100);
    expect(screen(app.lastFrame())).toContain("[3 Entities]");
  });

  it("shows the help overlay on ? and closes it on any key", async () => {
    const app = mount();
    await press(app.stdin, "?");
    expect(screen(app.lastFrame())).toContain("Esc / Backspace");
    await press(app.stdin, "x");
    expect(screen(app.lastFrame())).not.toContain("Esc / Backspace");
  });

  it("virtualises long lists: only the rows that fit are rendered", async () => {
    const app = mount();
    await press(app.stdin, "3");
    const frame = screen(app.lastFrame());
    expect(frame.split("\n").length).toBe(24);
    expect(frame.match(/^ {2}|^> /gm)?.length ?? 0).toBeLessThan(model.report.entities.length);
    await press(app.stdin, "G");
    const last = screen(app.lastFrame());
    expect(last).toMatch(/^> /m);
    expect(last).not.toMatch(/Company +Belneftekhim/);
  });
});

describe("App at other sizes", () => {
  it("says the terminal is too small below the minimum", () => {
    expect(screen(mount(20, 5).lastFrame())).toContain("terminal too small");
  });

  it("re-lays out when the size changes", () => {
    const app = mount(20, 5);
    app.rerender(<App model={model} columns={100} rows={30} />);
    const frame = screen(app.lastFrame());
    expect(frame).not.toContain("terminal too small");
    expect(frame).toContain("1 Overview");
  });
});
