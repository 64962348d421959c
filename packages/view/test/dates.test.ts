import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { afterWords, datedWords, dateWords, eventWhen, precisionWords, whenWords } from "../src/index.ts";
import { must } from "./helpers.ts";

const event = (id: string) => {
  const e = report.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe("dates in words, at their precision", () => {
  it.each([
    ["2009", "2009", "in 2009"],
    ["2008-05", "May 2008", "in May 2008"],
    ["2009-06-05", "June 5, 2009", "on June 5, 2009"],
    ["{2007,2008}", "2007 and 2008", "in 2007 and 2008"],
    ["[2007,2008]", "2007 or 2008", "in 2007 or 2008"],
    ["{2009-06,2009-08}", "June 2009 and August 2009", "in June 2009 and August 2009"],
    ["2007/2008", "2007 to 2008", "from 2007 to 2008"],
    ["2008-05/..", "since May 2008", "since May 2008"],
    ["../2009", "until 2009", "until 2009"],
    ["2009~", "about 2009", "in about 2009"],
    ["2009?", "2009 (uncertain)", "in 2009 (uncertain)"],
  ])("%s → %s / %s", (edtf, words, when) => {
    expect(dateWords(edtf)).toBe(words);
    expect(whenWords(edtf)).toBe(when);
  });

  it("never invents a day, and returns what is not EDTF as it is", () => {
    expect(dateWords("2008-05")).not.toMatch(/\b1\b/);
    expect(dateWords("not a date")).toBe("not a date");
  });

  it("says what a date marks", () => {
    expect(datedWords({ edtf: "2008-05/..", role: "in-force-from" })).toBe("since May 2008");
    expect(datedWords({ edtf: "2008-05", role: "in-force-from" })).toBe("since May 2008");
    expect(datedWords({ edtf: "2009-12", role: "adopted" })).toBe("adopted in December 2009");
    expect(datedWords({ edtf: "2010", role: "published" })).toBe("published in 2010");
    expect(datedWords({ edtf: "2009", role: "covers" })).toBe("covering 2009");
    expect(datedWords({ edtf: "2009-06", role: "occurred" })).toBe("in June 2009");
  });

  it("names each precision", () => {
    expect(["2009", "2009-06", "2009-06-05", "2007/2008", "2008-05/..", "{2007,2008}"].map(precisionWords)).toEqual([
      "a year",
      "a month",
      "a day",
      "an interval",
      "an open interval",
      "a set of dates",
    ]);
  });

  it("dates an event by its own date, or by the event it followed, in the text's words", () => {
    expect(eventWhen(report, event("helsinki-commission-delegation-meeting"))).toBe("in June 2009");
    expect(eventWhen(report, event("existing-sanctions-increased"))).toBe("in 2007 and 2008");
    expect(eventWhen(report, event("sanctions-suspended"))).toBe(
      "after the release of the last political prisoners in 2008",
    );
    expect(afterWords(report, event("sanctions-suspended"))).toBe(
      "after the release of the last political prisoners in 2008",
    );
    expect(eventWhen(report, event("government-attacks"))).toBeUndefined();
  });

  it("falls back to the anchor event's type and date when the text gives no 'following'", () => {
    const e = { ...event("sanctions-suspended") };
    e.after = { after: "release-of-the-last-political-prisoners", evidence: { ...must(e.evidence[0]), quote: "then" } };
    expect(afterWords(report, e)).toBe("after the release in 2008");
  });
});
