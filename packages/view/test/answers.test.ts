import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import {
  actorNetwork,
  entityRoles,
  entitySummary,
  eventFilterOptions,
  eventsByActor,
  eventsFilterWords,
  eventsPath,
  evidenceGroups,
  filterEvents,
  keyFacts,
  linkParts,
  paragraphOpening,
  readerContents,
  timelineAxis,
  timelineEntries,
} from "../src/index.ts";
import { must } from "./helpers.ts";

describe("the report's key facts, derived from its records", () => {
  const facts = keyFacts(report);

  it("says what the U.S. did, each with its figure, in words", () => {
    expect(facts.map((f) => [f.kind, f.figure, f.title, f.href])).toEqual([
      [
        "Sanction",
        "Suspended",
        "Sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
        "/sanctions#sanctions-against-belneftekhim-subsidiaries",
      ],
      ["Diplomatic limit", "Five diplomats", "Embassy Minsk", "/sanctions#embassy-minsk-staff-limit"],
      [
        "Assistance strategy",
        "Three priority areas",
        "New U.S. assistance strategy, adopted in December 2009",
        "/strategy#us-assistance-strategy",
      ],
      [
        "United States works with",
        "Three partners",
        "EU, Organization for Security and Cooperation in Europe, and neighboring countries",
        "/entities#network-list",
      ],
      ["Meetings in 2009", "Two meetings", "In Minsk", "/events?type=meet&year=2009"],
      ["Funding", "Four programs", "Funded by United States", "/events#funding-of-anti-trafficking-programs"],
    ]);
  });

  it("gives the detail from the records: the sanction's chain, the limit's date, the areas, the meetings", () => {
    expect(facts.map((f) => f.detail)).toEqual([
      "Suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008, the suspension was extended in November 2009. Part of the sanctions on the regime, increased existing sanctions on the regime in 2007 and 2008, imposed new sanctions targeting government entities in 2007 and 2008.",
      "Limited by government of Belarus since May 2008.",
      "A continued focus on democracy and governance; support for health programs; a re-engagement to expand the private sector.",
      "United States coordinates with EU (close and effective throughout), cooperates with Organization for Security and Cooperation in Europe, and cooperates with neighboring countries.",
      "Helsinki Commission delegation met opposition and civil society leaders in Minsk in June 2009; Assistant Secretary of State for European and Eurasian Affairs met opposition leaders in Minsk in August 2009.",
      "Programs to increase awareness of trafficking among risk groups and the general public, programs to help prevent human trafficking, programs to facilitate trafficking victim reintegration into society, and programs to build the capacity of NGOs to improve victim identification and protection.",
    ]);
  });

  it("points at the words as one place per paragraph", () => {
    expect(facts.map((f) => evidenceGroups(report, f.evidence).map((g) => g.label))).toEqual([
      ["Paragraph 7, sentences 1 to 3"],
      ["Paragraph 2, sentence 2"],
      ["Paragraph 4, sentences 1 and 3"],
      ["Paragraph 1, sentences 4 and 5"],
      ["Paragraph 6, sentences 3 and 4"],
      ["Paragraph 5, sentence 2"],
    ]);
    const [group] = evidenceGroups(report, must(facts[1]).evidence);
    expect(report.source.text.slice(must(group).start, must(group).end)).toBe("since May 2008 to five diplomats");
  });

  it("links each fact to the words that state it, in text order", () => {
    const sanction = must(facts[0]);
    expect(sanction.evidence.map((e) => e.sentenceIds[0])).toEqual(["p7-s1", "p7-s1", "p7-s2", "p7-s3"]);
    expect(must(facts[1]).evidence.map((e) => e.quote)).toEqual(["since May 2008", "to five diplomats"]);
    expect(must(facts[4]).evidence.map((e) => e.quote)).toEqual(["in June 2009", "in August 2009"]);
    for (const f of facts) expect(f.evidence.length, f.id).toBeGreaterThan(0);
  });
});

describe("who acts on whom", () => {
  const net = actorNetwork(report);

  it("has each actor once, and the objects of one action in one box", () => {
    expect(net.nodes.filter((n) => n.role === "actor").map((n) => n.id)).toEqual([
      "united-states",
      "osce",
      "neighboring-countries",
      "government-of-belarus",
      "us-officials",
      "helsinki-commission-delegation",
      "assistant-secretary-for-european-and-eurasian-affairs",
      // In no event, but the parties to a tie of working together.
      "european-union",
      "antitrafficking-ngo-network",
    ]);
    const attacked = must(net.nodes.find((n) => n.id.startsWith("coerce:")));
    expect(attacked.entities.map((e) => e.name)).toEqual([
      "rallies and demonstrations",
      "opposition political parties",
      "civil society organizations",
      "religious groups",
      "independent media outlets",
    ]);
    expect(net.nodes).toHaveLength(24);
  });

  it("joins the arrows between the same two boxes, with every verb, and says each as a sentence", () => {
    const sentences = net.edges.map((e) => e.sentence);
    expect(sentences).toContain(
      "United States made statements to, engages with, monitors abuses by, condemns, and increased sanctions on government of Belarus",
    );
    expect(sentences).toContain(
      "United States suspended sanctions on and extended the suspension of sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
    );
    expect(sentences).toContain("United States presses Belarusian government officials on human rights");
    expect(sentences).toContain("Helsinki Commission delegation met opposition and civil society leaders");
    expect(net.edges.filter((e) => e.kind === "tie").map((e) => e.sentence)).toEqual([
      "U.S. officials: member of United States",
      "Assistant Secretary of State for European and Eurasian Affairs: part of United States",
      "United States: coordinates with EU",
      "United States: cooperates with Organization for Security and Cooperation in Europe",
      "United States: cooperates with neighboring countries",
      "Government of Belarus: partner of antitrafficking NGO network",
    ]);
    expect(net.edges).toHaveLength(23);
    // The names in runs of their own, for linking.
    const presses = must(net.edges.find((e) => e.sentence.startsWith("United States presses")));
    expect(presses.parts).toEqual([
      { text: "United States", id: "united-states" },
      { text: " " },
      { text: "presses " },
      { text: "Belarusian government officials", id: "belarusian-government-officials" },
      { text: " on human rights" },
    ]);
  });

  it("draws only boxes and arrows whose ends exist", () => {
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) expect([ids.has(e.from), ids.has(e.to)], `${e.from} ${e.to}`).toEqual([true, true]);
  });
});

describe("the timeline's axis", () => {
  const axis = timelineAxis(timelineEntries(report));

  it("runs over whole years around every date", () => {
    expect([axis.from, axis.to]).toEqual(["2007-01-01", "2010-01-01"]);
    expect(axis.years).toEqual([
      { label: "2007", from: 0, to: 0.333 },
      { label: "2008", from: 0.333, to: 0.667 },
      { label: "2009", from: 0.667, to: 1 },
    ]);
  });

  it("draws each entry once, at the precision the text gives", () => {
    expect(axis.rows.map((r) => [r.entry.id, r.marks.map((m) => `${m.shape} ${m.from}-${m.to}`).join(", ")])).toEqual([
      ["existing-sanctions-increased", "span 0-0.333, span 0.333-0.667"],
      ["new-sanctions-imposed", "span 0-0.333, span 0.333-0.667"],
      ["release-of-the-last-political-prisoners", "span 0.333-0.667"],
      ["sanctions-suspended", "after 0.667-1"],
      ["embassy-minsk-staff-limit", "open-end 0.4434-1"],
      ["country-reports-2009", "span 0.667-1"],
      ["helsinki-commission-delegation-meeting", "span 0.8047-0.8321"],
      ["assistant-secretary-meeting", "span 0.8604-0.8887"],
      ["suspension-extended", "span 0.9443-0.9717"],
      ["us-assistance-strategy", "span 0.9717-1"],
    ]);
  });
});

describe("the events page's filters and groups", () => {
  it("offers only choices with events, busiest first", () => {
    const o = eventFilterOptions(report);
    expect(o.types.slice(0, 3)).toEqual([
      { value: "provide-aid", label: "Aid", count: 4 },
      { value: "meet", label: "Meeting", count: 3 },
      { value: "make-statement", label: "Statement", count: 2 },
    ]);
    expect(o.types).toHaveLength(16);
    expect(o.actors.map((a) => [a.label, a.count]).slice(0, 3)).toEqual([
      ["United States", 18],
      ["government of Belarus", 3],
      ["U.S. officials", 2],
    ]);
    expect(o.years).toEqual([
      { value: "2007", label: "2007", count: 2 },
      { value: "2008", label: "2008", count: 4 },
      { value: "2009", label: "2009", count: 3 },
    ]);
  });

  it("filters by type, actor and year, and says what it shows", () => {
    const meetings = filterEvents(report, { type: "meet", year: "2009" });
    expect(meetings.map((e) => e.id)).toEqual([
      "helsinki-commission-delegation-meeting",
      "assistant-secretary-meeting",
    ]);
    expect(eventsFilterWords(report, { type: "meet", year: "2009" }, meetings.length)).toBe(
      "Two events: meeting, in 2009",
    );
    expect(filterEvents(report, { actor: "government-of-belarus" })).toHaveLength(3);
    expect(filterEvents(report, { type: "no-such-type" })).toEqual([]);
    expect(filterEvents(report, { year: "20x9" })).toEqual([]);
    expect(eventsFilterWords(report, { actor: "osce", year: "2007" }, 0)).toBe(
      "No events: by Organization for Security and Cooperation in Europe, in 2007",
    );
    expect(eventsPath({ type: "meet", year: "2009" })).toBe("/events?type=meet&year=2009");
    expect(eventsPath()).toBe("/events");
  });

  it("groups by who acts, each event once", () => {
    const groups = eventsByActor(report, report.events);
    expect(groups.map((g) => [g.name, g.events.length])).toEqual([
      ["United States", 18],
      ["government of Belarus", 3],
      ["U.S. officials", 2],
      ["Helsinki Commission delegation", 1],
      ["Assistant Secretary of State for European and Eurasian Affairs", 1],
    ]);
  });
});

describe("an entity's profile", () => {
  it("sums up its part in the report in one sentence", () => {
    const summary = (id: string) => entitySummary(entityRoles(report, id));
    expect(summary("government-of-belarus")).toBe(
      "Acts in three events, is the target of six events, is under one sanction, imposes two restrictions, and appears in one strategy.",
    );
    expect(summary("embassy-minsk")).toBe("Is the channel of two events and is limited by one restriction.");
    expect(summary("minsk")).toBe("Is where two events took place.");
    expect(summary("helsinki-commission")).toBe("");
    // The sanctions are on two of its subsidiaries, not on Belneftekhim: its page says so.
    expect(summary("belneftekhim")).toBe("Has parts under one sanction.");
    expect(entityRoles(report, "belneftekhim").partsSanctioned.map((s) => s.id)).toEqual([
      "sanctions-against-belneftekhim-subsidiaries",
    ]);
    expect(entityRoles(report, "government-of-belarus").mentions).toBe(8);
  });
});

describe("the reader's contents and the addresses in a text", () => {
  it("lists the parts with their paragraphs and how each begins", () => {
    const contents = readerContents(report);
    expect(contents.map((c) => [c.heading ?? "", c.paragraphs.map((p) => p.number ?? p.label)])).toEqual([
      ["", ["Introduction"]],
      ["Part 1: U.S. Government's Democracy Objectives", [1, 2]],
      [
        "Part 2: Supporting Top Priorities and Other Aspects of Human Rights and Democratic Governance",
        [3, 4, 5, 6, 7],
      ],
    ]);
    expect(paragraphOpening(report, must(report.structure.paragraphs.find((p) => p.id === "p3")))).toBe(
      "The United States continues its policy of promoting…",
    );
  });

  it("finds the web addresses written in a text, keeping every character", () => {
    const text = "Archived page https://2009-2017.state.gov/j/drl/rls/afdr/2010/eur/129778.htm (see it).";
    const parts = linkParts(text);
    expect(parts).toEqual([
      { type: "text", text: "Archived page " },
      {
        type: "url",
        text: "https://2009-2017.state.gov/j/drl/rls/afdr/2010/eur/129778.htm",
        href: "https://2009-2017.state.gov/j/drl/rls/afdr/2010/eur/129778.htm",
      },
      { type: "text", text: " (see it)." },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(linkParts("no address")).toEqual([{ type: "text", text: "no address" }]);
  });
});
