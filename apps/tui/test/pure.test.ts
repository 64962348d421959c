import { timeline as dataTimeline, report } from "@report/data";
import { mentionsIn, relationSentence, timelineEntries } from "@report/view";
import { describe, expect, it } from "vitest";
import { entities, search, timeline } from "../src/commands/list.ts";
import { read } from "../src/commands/read.ts";
import { show } from "../src/commands/show.ts";
import { closestIds, editDistance } from "../src/model.ts";
import { colorEnabled, makeStyle, markSpans } from "../src/style.ts";
import { lineText, wrap } from "../src/ui/text.ts";
import { paint } from "../src/ui/tone.ts";
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
    expect(markSpans("abcdef", [{ start: 1, end: 3 }], (t) => `<${t}>`)).toBe("a<bc>def");
    expect(markSpans("cdef", [{ start: 1, end: 3 }], (t) => `<${t}>`, 2)).toBe("<c>def");
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
  it("keeps punctuation with the word before it, even from another segment (a line never starts with a comma)", () => {
    const segs = [
      { text: "by attending or monitoring politically motivated " },
      { text: "trials", tone: "mention" as const },
      { text: ", as well as holding regular meetings." },
    ];
    // "…trials" is 55 columns: the comma after it does not fit, so "trials," moves down whole.
    const lines = wrap(segs, 55).map(lineText);
    expect(lines).toEqual([
      "by attending or monitoring politically motivated",
      "trials, as well as holding regular meetings.",
    ]);
    for (const l of lines) expect(l).not.toMatch(/^[,.;:]/);
  });
});

describe("model helpers", () => {
  it("closestIds ranks near misses first", () => {
    expect(closestIds(["embassy-minsk", "minsk", "belarus"], "embasy-minsk")[0]).toBe("embassy-minsk");
  });
  it("paints every paragraph word for word, mentions underlined and the highlight on top", () => {
    for (const p of report.structure.paragraphs) {
      const text = report.source.text.slice(p.start, p.end);
      const segs = paint(text, [{ spans: mentionsIn(report, p), tone: "mention" }], p.start);
      expect(segs.map((x) => x.text).join("")).toBe(text);
    }
    const p7 = model.index.getParagraph("p7");
    if (!p7) throw new Error("no p7");
    const segs = paint(
      model.index.textOf(p7),
      [
        { spans: mentionsIn(report, p7), tone: "mention" },
        { spans: [{ start: 6004, end: 6075 }], tone: "mark" },
      ],
      p7.start,
    );
    expect(segs.filter((x) => x.tone === "mark").map((x) => x.text)).toEqual([
      "two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
    ]);
    expect(segs.filter((x) => x.tone === "mention").map((x) => x.text)).toContain("the regime");
  });
});

describe("commands as pure functions", () => {
  it("show: found, relation, not found", () => {
    expect(show(ctx, "belneftekhim").code).toBe(0);
    const relation = model.report.relations[0];
    if (!relation) throw new Error("the report has no relation");
    const shown = show(ctx, relation.id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`(Relation, ${relation.id})`);
    expect(shown.stdout).toContain(relationSentence(report, relation));
    expect(shown.stdout).toContain(relation.evidence[0]?.quote);
    const miss = show(ctx, "belarus-govt");
    expect(miss).toMatchObject({ code: 1, stdout: "" });
    expect(miss.stderr).toBe(
      "report: nothing has the id or name 'belarus-govt'. Closest: Belarus (Country, belarus)\n",
    );
    // A word nothing resembles gets no suggestion: any would be arbitrary.
    expect(show(ctx, "zzqqxx").stderr).toBe("report: nothing has the id or name 'zzqqxx'.\n");
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
    expect(entities(ctx).stdout).toMatch(/^Country\n {2}united-states\tUnited States/m);
    // A kind nothing resembles gets the whole list; a typo its closest kinds.
    expect(entities(ctx, "zzqq")).toMatchObject({
      code: 2,
      stderr:
        "report: unknown kind 'zzqq' (use one of country, public-body, organization, company, mission, post, group, place, document, program)\n",
    });
    expect(entities(ctx, "compnay").stderr).toBe("report: unknown kind 'compnay' (closest: company)\n");
  });
  it("search: no hits is not found (1), said on stderr; --json still prints the empty list; empty is bad usage", () => {
    expect(search(ctx, "zzzzqqq")).toEqual({ code: 1, stdout: "", stderr: "report: no results for 'zzzzqqq'\n" });
    expect(search({ ...ctx, json: true }, "zzzzqqq")).toMatchObject({ code: 1, stdout: "[]\n" });
    expect(search(ctx, " ").code).toBe(2);
  });
  it("timeline prints one line per dated record, in the order of timeline() of @report/data", () => {
    const lines = timeline(ctx).stdout.trim().split("\n");
    expect(lines).toHaveLength(dataTimeline().length);
    expect(timelineEntries(report).map((t) => t.id)).toEqual(dataTimeline().map((t) => t.id));
    expect(lines[3]).toMatch(
      /^after the release of the last political prisoners in 2008 +United States suspended sanctions/,
    );
  });
  it("show prints a sanction with its whole history", () => {
    const out = show(ctx, "sanctions-against-belneftekhim-subsidiaries").stdout;
    expect(out).toContain("(Sanction, sanctions-against-belneftekhim-subsidiaries)");
    expect(out).toContain(
      "  Suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008\n  The suspension was extended in November 2009",
    );
    // The steps it inherits say whose they are, and the condition follows.
    expect(out).toContain("  Increased existing sanctions on the regime in 2007 and 2008 (sanctions on the regime)\n");
    expect(out).toContain("Condition\n  Further action on sanctions depend on additional positive human rights steps");
  });

  it("show prints a strategy's priority areas with their sub-goals", () => {
    const out = show(ctx, "us-assistance-strategy").stdout;
    expect(out).toContain(
      "Priority areas\n  a continued focus on democracy and governance\n    - open participation in public life\n",
    );
    expect(out).toContain("  support for health programs\n");
  });
});
