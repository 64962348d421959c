import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import {
  eventSentence,
  recordPath,
  recordSentence,
  recordTitle,
  relationSentence,
  restrictionSentence,
  sanctionSentence,
  strategySentence,
} from "../src/index.ts";

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const x = list.find((r) => r.id === id);
  if (!x) throw new Error(`no record ${id}`);
  return x;
};
const event = (id: string) => eventSentence(report, byId(report.events, id));

describe("one line for each record", () => {
  it("events: agents, verb, targets, place and date", () => {
    expect(event("helsinki-commission-delegation-meeting")).toBe(
      "Helsinki Commission delegation met opposition and civil society leaders in Minsk in June 2009",
    );
    expect(event("assistant-secretary-meeting")).toBe(
      "Assistant Secretary of State for European and Eurasian Affairs met opposition leaders in Minsk in August 2009",
    );
    expect(event("existing-sanctions-increased")).toBe(
      "United States increased sanctions on government of Belarus in 2007 and 2008",
    );
    expect(event("sanctions-suspended")).toBe(
      "United States suspended sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim after the release of the last political prisoners in 2008",
    );
    expect(event("suspension-extended")).toBe(
      "United States extended the suspension of sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim in November 2009 (who acted and on whom are implied, not named)",
    );
  });

  it("events: what the action focuses on is not what it is done to ('supports efforts …, with a particular focus on')", () => {
    expect(event("support-for-efforts-against-trafficking")).toBe(
      "United States supports efforts to reduce trafficking in persons, with a particular focus on women between the ages of 16 and 35 and men recruited for labor exploitation",
    );
  });

  it("events: the present for what goes on, agreeing with its agents, and instruments as the means", () => {
    expect(event("regular-meetings-with-opposition-and-civil-society-leaders")).toBe(
      "U.S. officials meet opposition and civil society leaders",
    );
    expect(event("politically-motivated-trials")).toBe(
      "Government of Belarus puts opposition members, independent journalists, and civil society activists on trial (who acted is implied, not named)",
    );
    expect(event("supporting-democracy-and-human-rights-programs")).toBe(
      "United States supports democracy and human rights programs",
    );
    expect(event("assertion-of-policy-interests")).toBe(
      "United States made statements to government of Belarus through Embassy Minsk",
    );
    expect(eventSentence(report, byId(report.events, "helsinki-commission-delegation-meeting"), { when: false })).toBe(
      "Helsinki Commission delegation met opposition and civil society leaders in Minsk",
    );
  });

  it("sanctions: authority, state and the whole chain of changes", () => {
    expect(sanctionSentence(report, byId(report.sanctions, "sanctions-against-belneftekhim-subsidiaries"))).toBe(
      "Sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim (United States): suspended — increased existing sanctions on the regime in 2007 and 2008, imposed new sanctions targeting government entities in 2007 and 2008, suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008, the suspension was extended in November 2009",
    );
    expect(sanctionSentence(report, byId(report.sanctions, "sanctions-on-the-regime"))).toBe(
      "Sanctions on the regime (United States): in force — increased existing sanctions on the regime in 2007 and 2008, imposed new sanctions targeting government entities in 2007 and 2008",
    );
  });

  it("restrictions with their limit and since when; strategies; relations", () => {
    expect(restrictionSentence(report, byId(report.restrictions, "embassy-minsk-staff-limit"))).toBe(
      "Embassy Minsk limited to five diplomats, by government of Belarus, since May 2008",
    );
    const r = byId(report.restrictions, "embassy-minsk-staff-limit");
    expect(restrictionSentence(report, { ...r, name: "Staff cap" })).toBe(
      "Staff cap, by government of Belarus, limited to five diplomats, since May 2008",
    );
    expect(strategySentence(report, byId(report.strategies, "us-assistance-strategy"))).toBe(
      "New U.S. assistance strategy, adopted in December 2009, with three priority areas",
    );
    expect(relationSentence(report, byId(report.relations, "united-states--cooperates-with--osce"))).toBe(
      "United States cooperates with Organization for Security and Cooperation in Europe (closely)",
    );
  });

  it("any record by id, and where the website shows it", () => {
    expect(recordSentence(report, "belneftekhim")).toBe("Belneftekhim (Company)");
    expect(recordSentence(report, "health")).toBe("Support for health programs (new U.S. assistance strategy)");
    expect(recordSentence(report, "nope")).toBeUndefined();
    expect(recordTitle(report, "sanctions-on-the-regime")).toBe("Sanctions on the regime");
    expect(recordTitle(report, "assistant-secretary-meeting")).toBe(
      "Assistant Secretary of State for European and Eurasian Affairs met opposition leaders in Minsk",
    );
    expect(
      [
        "belneftekhim",
        "sanctions-suspended",
        "sanctions-on-the-regime",
        "embassy-minsk-staff-limit",
        "health",
        "embassy-minsk--located-in--minsk",
        "nope",
      ].map((id) => recordPath(report, id)),
    ).toEqual([
      "/entities/belneftekhim",
      "/events#sanctions-suspended",
      "/sanctions#sanctions-on-the-regime",
      "/sanctions#embassy-minsk-staff-limit",
      "/strategy#health",
      "/entities/embassy-minsk#embassy-minsk--located-in--minsk",
      undefined,
    ]);
  });

  it("has a sentence for every record of the report", () => {
    const ids = [
      ...report.entities,
      ...report.events,
      ...report.sanctions,
      ...report.restrictions,
      ...report.strategies,
      ...report.relations,
    ].map((r) => r.id);
    for (const id of ids) expect(recordSentence(report, id), id).toMatch(/^\S.*\S$/);
  });
});
