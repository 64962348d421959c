import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { eventFacts, sanctionChain } from "../src/index.ts";
import { must } from "./helpers.ts";

const sanction = (id: string) =>
  must(
    report.sanctions.find((s) => s.id === id),
    id,
  );
const facts = (id: string) =>
  eventFacts(
    report,
    must(
      report.events.find((e) => e.id === id),
      id,
    ),
  ).map((f) => `${f.label}: ${f.text}`);

describe("a sanction's chain as steps", () => {
  it("the Belneftekhim sanctions: the steps of the sanctions they are part of, then their own, dated in words", () => {
    const chain = sanctionChain(report, sanction("sanctions-against-belneftekhim-subsidiaries"));
    expect(chain.name).toBe(
      "Sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
    );
    expect(chain.authority).toBe("United States");
    expect(chain.state).toBe("suspended");
    expect(chain.steps.map((s) => [s.text, s.state, s.from ?? ""])).toEqual([
      ["Increased existing sanctions on the regime in 2007 and 2008", "in force", "sanctions on the regime"],
      ["Imposed new sanctions targeting government entities in 2007 and 2008", "in force", "sanctions on the regime"],
      [
        "Suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008",
        "suspended",
        "",
      ],
      ["The suspension was extended in November 2009", "suspended", ""],
    ]);
    expect(chain.steps[3]?.sentence).toBe(
      "United States extended the suspension of sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim in November 2009 (who acted and on whom are implied, not named)",
    );
    expect(chain.steps[3]?.evidence.sentenceIds).toEqual(["p7-s3"]);
    expect(chain.conditions).toEqual([
      expect.objectContaining({
        text: "Further action on sanctions depend on additional positive human rights steps taken by the government",
        from: "sanctions on the regime",
      }),
    ]);
  });

  it("the sanctions on the regime: in force, with their targets listed", () => {
    const chain = sanctionChain(report, sanction("sanctions-on-the-regime"));
    expect(chain.targets).toBe(
      "government of Belarus, government entities, and officials responsible for human rights abuses and repression",
    );
    expect(chain.steps.map((s) => s.text)).toEqual([
      "Increased existing sanctions on the regime in 2007 and 2008",
      "Imposed new sanctions targeting government entities in 2007 and 2008",
    ]);
  });
});

describe("an event's details as labelled lines", () => {
  it("a meeting: what, who, to whom, where, when", () => {
    expect(facts("helsinki-commission-delegation-meeting")).toEqual([
      "What: Meeting (CAMEO 040)",
      "Who: Helsinki Commission delegation",
      "To whom: opposition and civil society leaders",
      "Where: Minsk",
      "When: in June 2009",
    ]);
  });

  it("an event dated by another links to it; how it is done, in its own words", () => {
    const e = must(report.events.find((x) => x.id === "sanctions-suspended"));
    expect(eventFacts(report, e).find((f) => f.label === "When")).toEqual({
      label: "When",
      text: "after the release of the last political prisoners in 2008",
      ids: ["release-of-the-last-political-prisoners"],
    });
    expect(facts("conditions-stressed-to-officials")).toContain("How: at every opportunity");
    expect(facts("engagement-in-areas-of-mutual-benefit")).toEqual([
      "What: Diplomatic cooperation (CAMEO 050)",
      "Who: United States",
      "To whom: government of Belarus",
      "About: nonproliferation",
      "About: counterterrorism",
      "About: combating trafficking in persons",
    ]);
  });
});

describe("implied actors", () => {
  it("says in an event's facts who the sentence implies rather than names", () => {
    const release = report.events.find((e) => e.id === "release-of-the-last-political-prisoners");
    if (!release) throw new Error("the report has the release");
    expect(eventFacts(report, release).find((f) => f.label === "Who")?.text).toBe(
      "government of Belarus (implied, not named)",
    );
  });
});
