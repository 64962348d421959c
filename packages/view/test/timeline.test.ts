import { report, timeline } from "@report/data";
import { describe, expect, it } from "vitest";
import { timelineByYear, timelineEntries } from "../src/index.ts";

describe("timeline entries", () => {
  const entries = timelineEntries(report);

  it("has each dated record once, in the order of timeline() of @report/data", () => {
    expect(entries.map((e) => e.id)).toEqual(timeline().map((t) => t.id));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("says when and what, in words", () => {
    expect(entries.map((e) => [e.year, e.when, e.label])).toEqual([
      ["2007", "2007 and 2008", "United States increased sanctions on government of Belarus"],
      [
        "2007",
        "2007 and 2008",
        "United States imposed sanctions on government entities and officials responsible for human rights abuses and repression",
      ],
      ["2008", "2008", "Government of Belarus released political prisoners (who acted is implied, not named)"],
      [
        "2008",
        "after the release of the last political prisoners in 2008",
        "United States suspended sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
      ],
      ["2008", "since May 2008", "Embassy Minsk limited to five diplomats, by government of Belarus"],
      ["2009", "2009", "Period covered by the 2009 Country Reports on Human Rights Practices"],
      ["2009", "June 2009", "Helsinki Commission delegation met opposition and civil society leaders in Minsk"],
      [
        "2009",
        "August 2009",
        "Assistant Secretary of State for European and Eurasian Affairs met opposition leaders in Minsk",
      ],
      [
        "2009",
        "November 2009",
        "United States extended the suspension of sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim (who acted and on whom are implied, not named)",
      ],
      ["2009", "December 2009", "New U.S. assistance strategy, with three priority areas"],
    ]);
  });

  it("keeps an undated event with its anchor, and the words that date each entry", () => {
    const suspended = entries.find((e) => e.id === "sanctions-suspended");
    expect(suspended).toMatchObject({
      after: "release-of-the-last-political-prisoners",
      href: "/events#sanctions-suspended",
    });
    expect(suspended?.edtf).toBeUndefined();
    expect(suspended?.evidence.quote).toBe("Following the release of the last political prisoners");
    const limit = entries.find((e) => e.id === "embassy-minsk-staff-limit");
    expect(limit).toMatchObject({ edtf: "2008-05/..", precision: "open-interval" });
    expect(limit?.evidence.quote).toBe("since May 2008");
  });

  it("groups by year", () => {
    expect(timelineByYear(entries).map((g) => [g.year, g.entries.length])).toEqual([
      ["2007", 2],
      ["2008", 3],
      ["2009", 5],
    ]);
  });
});
