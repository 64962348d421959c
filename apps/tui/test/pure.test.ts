import { EvidenceSchema } from "@report/data/schema";
import { describe, expect, it } from "vitest";
import { entities, search, timeline } from "../src/commands/list.ts";
import { read } from "../src/commands/read.ts";
import { show } from "../src/commands/show.ts";
import {
  closestIds,
  editDistance,
  mentionSpans,
  quoteInContext,
  relationLabel,
  timeline as timelineOf,
} from "../src/model.ts";
import { colorEnabled, makeStyle, markSpans } from "../src/style.ts";
import { lineText, wrap } from "../src/ui/text.ts";
import { model } from "./helpers.ts";

const ctx = { model, style: makeStyle(false), json: false };

describe("colorEnabled", () => {
  const c = (env: NodeJS.ProcessEnv, isTTY: boolean, noColorFlag = false) => colorEnabled({ env, isTTY, noColorFlag });
  it("follows the TTY by default", () => {
    expect(c({}, true)).toBe(true);
    expect(c({}, false)).toBe(false);
  });
  it("--no-color and NO_COLOR turn it off, FORCE_COLOR turns it on", () => {
    expect(c({}, true, true)).toBe(false);
    expect(c({ NO_COLOR: "1" }, true)).toBe(false);
    expect(c({ NO_COLOR: "" }, true)).toBe(true);
    expect(c({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(c({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(c({ FORCE_COLOR: "1", NO_COLOR: "1" }, true)).toBe(false);
  });
  it("a style without colour adds no escape codes", () => {
    const s = makeStyle(false);
    expect(s.bold("x") + s.mark("y") + s.dim("z") + s.mention("w")).toBe("xyzw");
    expect(markSpans("abcdef", [[1, 3]], (t) => `<${t}>`)).toBe("a<bc>def");
  });
});

describe("wrap", () => {
  it("never exceeds the width and keeps every word", () => {
    const text = "The United States also cooperates closely with the Organization for Security and Cooperation";
    for (const width of [20, 33, 80]) {
      const lines = wrap([{ text }], width, "  ");
      for (const l of lines) expect(lineText(l).length).toBeLessThanOrEqual(width);
      expect(lines.map((l) => lineText(l).trim()).join(" ")).toBe(text);
    }
  });
  it("splits words longer than the line", () => {
    expect(wrap([{ text: "abcdefghij" }], 4).map(lineText)).toEqual(["abcd", "efgh", "ij"]);
  });
});

describe("model helpers", () => {
  it("closestIds ranks near misses first", () => {
    expect(closestIds(["embassy-minsk", "minsk", "belarus"], "embasy-minsk")[0]).toBe("embassy-minsk");
  });
  it("puts each evidence quote inside its sentence", () => {
    const ev = model.index.getEntity("belneftekhim")?.evidence[0];
    expect(ev).toBeDefined();
    if (!ev) return;
    const q = quoteInContext(model, ev);
    expect(q.text.slice(q.start, q.end)).toBe(ev.quote);
    expect(q.text.length).toBeGreaterThanOrEqual(ev.quote.length);
  });
  it("mention spans are sorted, disjoint and inside their paragraph", () => {
    for (const p of model.report.structure.paragraphs) {
      let at = p.start;
      for (const [s, e] of mentionSpans(model, p.id)) {
        expect(s).toBeGreaterThanOrEqual(at);
        expect(e).toBeLessThanOrEqual(p.end);
        at = e;
      }
    }
  });
  it("the timeline is sorted and its evidence is valid", () => {
    const items = timelineOf(model);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) EvidenceSchema.parse(i.evidence);
    const keys = items.map((i) => i.edtf.replace(/^\.\./, "0000"));
    expect([...keys].sort()).toEqual(keys);
  });
});

describe("commands as pure functions", () => {
  it("show: found, relation, not found", () => {
    expect(show(ctx, "belneftekhim").code).toBe(0);
    const relation = model.report.relations[0];
    if (!relation) throw new Error("the report has no relation");
    const shown = show(ctx, relation.id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`(relation ${relation.id})`);
    expect(shown.stdout).toContain(relationLabel(model, relation));
    expect(shown.stdout).toContain(relation.evidence[0]?.quote);
    const miss = show(ctx, "belarus-govt");
    expect(miss).toMatchObject({ code: 1, stdout: "" });
    expect(miss.stderr).toMatch(/^no entity 'belarus-govt'\. Closest ids: /);
  });
  it("refuses an id or kind over 200 characters in one line, without echoing it", () => {
    for (const out of [show(ctx, "x".repeat(10_000)), entities(ctx, "k".repeat(201)), read(ctx, "p".repeat(30_000))]) {
      expect(out.code).toBe(2);
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
      expect(out.stderr).toMatch(/too long: \d+ characters \(at most 200\)/);
    }
    expect(show(ctx, "x".repeat(200)).code).toBe(1);
  });
  it("suggests the closest ids with one edit distance per candidate", () => {
    const ids = model.report.entities.map((e) => e.id);
    let computed = 0;
    const counting = (a: string, b: string) => {
      computed++;
      return editDistance(a, b);
    };
    expect(closestIds(ids, "belneftekhm", 3, counting)[0]).toBe("belneftekhim");
    expect(computed).toBe(ids.length);
  });
  it("entities groups by kind; an unknown kind is bad usage", () => {
    expect(entities(ctx).stdout).toMatch(/^country\n {2}united-states\tUnited States/m);
    expect(entities(ctx, "planet").code).toBe(2);
  });
  it("search: no hits is not an error; empty is bad usage", () => {
    expect(search(ctx, "zzzzqqq")).toMatchObject({ code: 0, stdout: "no results for 'zzzzqqq'\n" });
    expect(search(ctx, " ").code).toBe(2);
  });
  it("timeline prints one line per dated fact", () => {
    expect(timeline(ctx).stdout.trim().split("\n")).toHaveLength(timelineOf(model).length);
  });
});
