import { describe, expect, it } from "vitest";
import { findActors } from "../src/actors.ts";
import { analyseFixture } from "./helpers.ts";

// The hard cases of a curator's first try, on invented sentences (fixtures/fixture-curator.txt).
const { a, words } = analyseFixture("fixture-curator.txt");
const eventsIn = (sentenceId: string) =>
  a.events
    .filter((e) => e.sentenceId === sentenceId)
    .map((e) => [e.type, e.agents, e.targets, e.date?.edtf, e.impliedAgent, e.problem]);
const named = (id: string) => a.actors.filter((m) => m.id === id && !m.contextual).map(words);
const mentions = (id: string) =>
  a.actors.filter((m) => m.id === id && m.contextual).map((m) => [m.sentenceId, words(m)]);

describe("subjects that are not the United States", () => {
  it("'Authorities' are the country's government; the people they hold are a counted group", () => {
    expect(eventsIn("p1-s1")).toEqual([
      ["legal-action", ["government-of-kyrgyzstan"], ["bloggers"], "2009", false, undefined],
    ]);
    expect(a.actors.find((m) => m.id === "bloggers")).toMatchObject({
      kind: "group",
      name: "bloggers",
      quantity: { type: "count", value: 4, unit: "blogger" },
    });
  });

  it("'Police' and 'a court' are no actor ingest can name: no agent, the reason, never the United States", () => {
    expect(eventsIn("p1-s2")).toEqual([
      ["legal-action", [], [], "2009-05", false, 'its subject "Police" is not an actor ingest can name'],
      ["legal-action", [], [], "2009-10", false, 'its subject "a court" is not an actor ingest can name'],
    ]);
  });

  it("an arrest in the passive, with no 'by', is never the United States' act", () => {
    expect(eventsIn("p1-s5")).toEqual([
      [
        "legal-action",
        [],
        [],
        "2009-08",
        false,
        "the words name no agent (a passive verb without 'by'), and an arrest, a trial, a release or an attack is the act of a country's own authorities, never implied to be the United States'",
      ],
    ]);
  });

  it("a relative clause's subject is the words before 'that', not the sentence's subject", () => {
    expect(eventsIn("p3-s7")).toEqual([
      ["stop-aid", ["united-states"], [], undefined, false, undefined],
      [
        "coerce",
        [],
        [],
        undefined,
        false,
        'its subject is "an agency" (the words before "that"), which is not an actor ingest can name',
      ],
    ]);
    expect(eventsIn("p3-s3")[1]).toEqual([
      "provide-aid",
      [],
      ["presenters"],
      undefined,
      false,
      'its subject is "a $2 million radio program" (the words before "that"), which is not an actor ingest can name',
    ]);
  });

  it("', and' starts a new clause: the OSCE does not cooperate, and the first clause's date is not the statement's", () => {
    expect(eventsIn("p2-s1")).toEqual([
      ["diplomatic-cooperation", ["united-states"], ["council-of-europe"], undefined, false, undefined],
    ]);
    expect(eventsIn("p1-s4")).toEqual([["make-statement", ["embassy-bishkek"], [], undefined, false, undefined]]);
  });

  it("'…, and pressed …' shares the subject of the clause before it", () => {
    const post = "assistant-secretary-of-state-for-democracy-human-rights-and-labor";
    expect(eventsIn("p3-s1")).toEqual([
      ["meet", [post], ["kyrgyzstan"], "2009-09-09", false, undefined],
      ["demand-rights", [post], ["government-of-kyrgyzstan"], undefined, false, undefined],
    ]);
  });
});

describe("actors", () => {
  it("keeps every target of a list: 'Kazakhstan and Tajikistan'", () => {
    expect(eventsIn("p2-s4")).toEqual([
      ["meet", ["embassy-bishkek"], ["kazakhstan", "tajikistan"], "2009", false, undefined],
    ]);
  });

  it("a post named by its title acts; the person who holds it is a candidate for REVIEW.md only", () => {
    expect(eventsIn("p2-s2")).toEqual([["meet", ["us-ambassador"], [], "2009-06", false, undefined]]);
    expect(a.actors.find((m) => m.id === "us-ambassador")).toMatchObject({
      kind: "post",
      name: "U.S. Ambassador",
      partOf: { id: "united-states" },
    });
    expect(a.actors.find((m) => m.id === "a-b-fenwick")).toMatchObject({ kind: "person", name: "A. B. Fenwick" });
  });

  it("'The U.S. mission' and 'the Embassy' are the missions the text names elsewhere, never an 'Embassy' organization", () => {
    expect(eventsIn("p2-s3")[0]?.slice(0, 3)).toEqual(["meet", ["us-mission-in-kyrgyzstan"], ["central-ballot-board"]]);
    expect(mentions("us-mission-in-kyrgyzstan")).toEqual([["p2-s3", "The U.S. mission"]]);
    expect(mentions("embassy-bishkek")).toEqual([
      ["p2-s4", "The Embassy"],
      ["p2-s5", "the Embassy"],
    ]);
    expect(a.actors.filter((m) => /embassy/i.test(m.id) && m.id !== "embassy-bishkek")).toEqual([]);
  });

  it("the government's context words are its mentions, never inside its own name", () => {
    expect(named("government-of-kyrgyzstan")).toEqual(["the government of Kyrgyzstan"]);
    expect(mentions("government-of-kyrgyzstan")).toEqual([
      ["p1-s1", "Authorities"],
      ["p1-s3", "The government"],
    ]);
  });

  it("no 'Secretary of State' inside 'Assistant Secretary of State for …'; the id keeps the whole name", () => {
    expect(a.actors.filter((m) => m.id === "secretary-of-state")).toEqual([]);
    expect(named("assistant-secretary-of-state-for-democracy-human-rights-and-labor")).toEqual([
      "Assistant Secretary of State for Democracy, Human Rights, and Labor",
    ]);
  });

  it("abbreviated months are no organizations; non-ASCII letters stay in ids as ASCII", () => {
    expect(a.actors.filter((m) => /^(?:feb|sept)$/.test(m.id))).toEqual([]);
    expect(named("kizilsu")).toEqual(["K\u0131z\u0131lsu", "K\u0131z\u0131lsu"]);
  });

  it("two people's names joined by 'and' are two people, and no event's target", () => {
    expect(
      a.actors.filter((m) => m.sentenceId === "p3-s6" && m.kind === "person").map((m) => [m.id, words(m)]),
    ).toEqual([
      ["aida-sultanova", "Aida Sultanova"],
      ["bakyt-omurov", "Bakyt Omurov"],
    ]);
    expect(eventsIn("p3-s6")).toEqual([["criticize", ["european-union"], [], "2009-07", false, undefined]]);
  });
});

describe("dates and quantities", () => {
  it("each verb takes the date after it; 'fiscal year' is kept as the qualifier; a document's year covers it", () => {
    expect(eventsIn("p3-s4")).toEqual([
      ["impose-sanctions", ["united-states"], ["tulpar-mining-company"], "2007-06/..", false, undefined],
      ["ease-sanctions", ["united-states"], [], "2009", false, undefined],
    ]);
    expect(a.events.find((e) => e.type === "ease-sanctions")?.date?.qualifier).toBe("late");
    expect(a.dates.map((d) => [d.sentenceId, d.edtf, d.role, words(d), d.qualifier, d.of])).toContainEqual([
      "p3-s2",
      "2009",
      "occurred",
      "fiscal year 2009",
      "fiscal year",
      undefined,
    ]);
    expect(a.dates[0] && [a.dates[0].role, words(a.dates[0]), a.dates[0].of]).toEqual([
      "covers",
      "2009",
      "2009-country-reports-on-human-rights-practices",
    ]);
  });

  it("a unit stops at its noun: not 'NGOs reported pressure' or 'officials responsible'", () => {
    expect(a.quantities.map((q) => [words(q), q.unit, q.counts])).toEqual([
      ["four bloggers", "blogger", "bloggers"],
      ["14 NGOs", "NGO", "NGOs"],
      ["two kite makers", "kite maker", "kite makers"],
      ["two reading rooms", "reading room", "reading rooms"],
      ["Two bloggers", "blogger", "bloggers"],
      ["30 election observers", "election observer", "election observers"],
      ["$2 million", "USD", "money"],
      ["25 presenters", "presenter", "presenters"],
      ["three officials", "official", "officials"],
    ]);
  });
});

describe("the report's own authorities, as far as the words make it plain", () => {
  it("maps 'the Kyrgyz authorities' and 'government authorities', never another country's or local ones", () => {
    // Fixture words, not from a report.
    const text = "The Kyrgyz authorities met the Kazakh authorities, local authorities and government authorities.";
    expect(
      findActors(text, 0, text.length, "Kyrgyzstan")
        .filter((m) => m.contextual)
        .map((m) => [text.slice(m.start, m.end), m.id]),
    ).toEqual([
      ["The Kyrgyz authorities", "government-of-kyrgyzstan"],
      ["government authorities", "government-of-kyrgyzstan"],
    ]);
  });
});
