import { describe, expect, it } from "vitest";
import { analyseFixture } from "./helpers.ts";

// Exact findings on the fixture texts (written for these tests; see fixtures/README.md).

describe("fixture-2010 (the 2010 layout)", () => {
  const { a, words } = analyseFixture("fixture-2010.txt");

  it("finds the bureau line, the intro, both parts as printed, and every sentence", () => {
    expect(a.structure.parts.map((p) => [p.id, p.heading, p.paragraphIds])).toEqual([
      ["part-1", "Part 1: U.S. Government's Democracy Objectives", ["p1"]],
      [
        "part-2",
        "Part 2: Supporting Top Priorities and Other Aspects of Human Rights and Democratic Governance",
        ["p2"],
      ],
    ]);
    expect(a.structure.sentences.map((s) => [s.id, words(s)])).toEqual([
      ["bureau-s1", "Bureau of Democracy, Human Rights, and Labor"],
      [
        "intro-s1",
        "The following information reports U.S. Government priorities and activities of the U.S. mission in Moldova to promote democracy and human rights.",
      ],
      [
        "intro-s2",
        "For background on Moldova's human rights conditions, please see the 2009 Country Reports on Human Rights Practices at",
      ],
      ["p1-s1", "The U.S. Government met the OSCE and the U.N. in Chisinau in December 2009."],
      ["p1-s2", "Since May 2008 the government of Moldova has limited Embassy Chisinau to five diplomats."],
      ["p1-s3", "In 2007 and 2008 the United States imposed sanctions on the Lantern Steel Company."],
      ["p2-s1", "From 2006 to 2008 the United States funded 12 NGOs with $1.5 million."],
      [
        "p2-s2",
        "In early 2009 the Assistant Secretary of State for European and Eurasian Affairs met leaders of the Orchard Civic Centre, e.g. its founder J. R. Sample.",
      ],
      ["p2-s3", "The programs reach women between the ages of 16 and 35."],
      [
        "p2-s4",
        'The envoy said "The ruling is unfair. It must change." and the United States condemns the <b>ruling</b>.',
      ],
    ]);
  });

  it("states the bureau and the country, from the intro's two phrases", () => {
    expect(a.metadata.bureau?.value).toBe("Bureau of Democracy, Human Rights, and Labor");
    expect(a.metadata.country && [a.metadata.country.value, a.metadata.country.code]).toEqual(["Moldova", "md"]);
    expect(a.metadata.country?.evidence.map(words)).toEqual([
      "the U.S. mission in Moldova",
      "Moldova's human rights conditions",
    ]);
  });

  it("finds every date form at the precision of its words, never a day the text does not give", () => {
    expect(a.dates.map((d) => [d.sentenceId, d.edtf, d.role, words(d), d.qualifier])).toEqual([
      // The year of a document's name: the period it covers, never an event's date.
      ["intro-s2", "2009", "covers", "2009", undefined],
      ["p1-s1", "2009-12", "occurred", "December 2009", undefined],
      ["p1-s2", "2008-05/..", "in-force-from", "Since May 2008", undefined],
      ["p1-s3", "{2007,2008}", "occurred", "2007 and 2008", undefined],
      ["p2-s1", "2006/2008", "occurred", "From 2006 to 2008", undefined],
      ["p2-s2", "2009", "occurred", "early 2009", "early"],
    ]);
  });

  it("finds counts with their unit noun, money with its currency, and ranges", () => {
    expect(a.quantities.map(({ sentenceId, start, end, ...q }) => [sentenceId, words({ start, end }), q])).toEqual([
      ["p1-s2", "five diplomats", { type: "count", value: 5, unit: "diplomat", counts: "diplomats" }],
      ["p2-s1", "12 NGOs", { type: "count", value: 12, unit: "NGO", counts: "NGOs" }],
      ["p2-s1", "$1.5 million", { type: "money", value: 1_500_000, currency: "USD", unit: "USD", counts: "money" }],
      ["p2-s3", "between the ages of 16 and 35", { type: "range", min: 16, max: 35, unit: "year", counts: "ages" }],
    ]);
  });

  it("records the dangling link and the stray markup, and repairs neither", () => {
    expect(a.defects.map((d) => [d.kind, d.sentenceId, words(d)])).toEqual([
      ["missing-link-target", "intro-s2", "Practices at"],
      ["stray-markup", "p2-s4", "<b>"],
      ["stray-markup", "p2-s4", "</b>"],
    ]);
  });

  it("finds countries with their ISO codes, known and U.S. bodies, and unknown names at low confidence", () => {
    const actors = new Map(a.actors.filter((m) => !m.nested).map((m) => [m.id, [m.kind, m.source, m.confidence]]));
    expect(Object.fromEntries(actors)).toEqual({
      "bureau-of-democracy-human-rights-and-labor": ["public-body", "us-body", 0.8],
      "united-states": ["country", "iso-3166", 0.9],
      "us-mission-in-moldova": ["mission", "us-body", 0.8],
      moldova: ["country", "iso-3166", 0.9],
      "2009-country-reports-on-human-rights-practices": ["document", "capitalised", 0.3],
      osce: ["organization", "international-body", 0.9],
      "united-nations": ["organization", "international-body", 0.9],
      chisinau: ["place", "capitalised", 0.3],
      "government-of-moldova": ["public-body", "government", 0.7],
      "embassy-chisinau": ["mission", "us-body", 0.8],
      "lantern-steel-company": ["company", "capitalised", 0.3],
      "assistant-secretary-of-state-for-european-and-eurasian-affairs": ["post", "us-body", 0.8],
      "orchard-civic-centre": ["organization", "capitalised", 0.3],
      // A person by initials: a candidate for REVIEW.md only (the data has no kind for a person).
      "j-r-sample": ["person", "capitalised", 0.2],
      // The counted object of "funded": a group that holds its count.
      ngos: ["group", "counted", 0.3],
    });
    expect([...new Set(a.actors.filter((m) => m.country).map((m) => `${m.id}:${m.country}`))]).toEqual([
      "united-states:us",
      "moldova:md",
    ]);
  });

  it("proposes events from the verb table, with agent, target, place and date where the words make them plain", () => {
    expect(
      a.events.map((e) => [
        e.sentenceId,
        e.type,
        e.agents,
        e.targets,
        e.place,
        e.date?.edtf,
        e.impliedAgent,
        e.confidence,
      ]),
    ).toEqual([
      // Both joined targets: "the OSCE and the U.N.".
      ["p1-s1", "meet", ["united-states"], ["osce", "united-nations"], "chisinau", "2009-12", false, 0.7],
      ["p1-s3", "impose-sanctions", ["united-states"], ["lantern-steel-company"], undefined, "{2007,2008}", false, 0.8],
      ["p2-s1", "provide-economic-aid", ["united-states"], ["ngos"], undefined, "2006/2008", false, 0.7],
      [
        "p2-s2",
        "meet",
        ["assistant-secretary-of-state-for-european-and-eurasian-affairs"],
        ["orchard-civic-centre"],
        undefined,
        "2009",
        false,
        0.7,
      ],
      // "The envoy said …": a subject ingest cannot name is never the United States.
      ["p2-s4", "make-statement", [], [], undefined, undefined, false, 0.5],
      ["p2-s4", "criticize", ["united-states"], [], undefined, undefined, false, 0.8],
    ]);
    expect(a.events.find((e) => e.type === "make-statement")?.problem).toBe(
      'its subject "The envoy" is not an actor ingest can name',
    );
  });
});

describe("fixture-2009 (opens with 'Part 1: Political and Human Rights Conditions', three parts)", () => {
  const { a, words } = analyseFixture("fixture-2009.txt");

  it("keeps the three headings as printed", () => {
    expect(a.structure.parts.map((p) => [p.id, p.heading, p.paragraphIds])).toEqual([
      ["part-1", "Part 1: Political and Human Rights Conditions", ["p1"]],
      ["part-2", "Part 2: U.S. Government's Democracy Objectives", ["p2"]],
      ["part-3", "Part 3: Supporting Top Priorities", ["p3"]],
    ]);
    expect(a.structure.sentences.map((s) => s.id)).toEqual([
      "bureau-s1",
      "intro-s1",
      "intro-s2",
      "p1-s1",
      "p1-s2",
      "p2-s1",
      "p3-s1",
    ]);
  });

  it("finds the season as a year with its qualifier, and counts in digits and words", () => {
    expect(a.dates.map((d) => [d.sentenceId, d.edtf, words(d), d.qualifier])).toEqual([
      ["intro-s2", "2008", "2008", undefined],
      ["p1-s1", "2008", "spring 2008", "spring"],
      ["p3-s1", "2008", "2008", undefined],
    ]);
    expect(a.quantities.map((q) => [q.sentenceId, q.type, q.type === "count" && q.value, q.unit, words(q)])).toEqual([
      ["p1-s2", "count", 3, "polling violation", "three polling violations"],
      ["p3-s1", "count", 2, "training program", "two training programs"],
      ["p3-s1", "count", 40, "journalist", "40 journalists"],
    ]);
    expect(a.metadata.country && [a.metadata.country.value, a.metadata.country.code]).toEqual(["Georgia", "ge"]);
    expect(a.defects).toEqual([]);
  });
});

describe("fixture-2008 (bare 'Part 1' headings, CRLF line ends)", () => {
  const { a, words } = analyseFixture("fixture-2008.txt");

  it("keeps the bare headings and reads through CRLF", () => {
    expect(a.structure.parts.map((p) => [p.id, p.heading, words(p), p.paragraphIds])).toEqual([
      ["part-1", "Part 1", "Part 1", ["p1"]],
      ["part-2", "Part 2", "Part 2", ["p2"]],
    ]);
    expect(a.structure.sentences.map((s) => words(s))).toEqual([
      "Bureau of Democracy, Human Rights, and Labor",
      "The following information reports U.S. Government priorities and activities of the U.S. mission in Armenia to promote democracy and human rights.",
      "The Helsinki Commission criticized the Yerevan Marble Works in 2007.",
      "The European Union and the United States suspended sanctions in mid-2008.",
    ]);
    expect(a.defects).toEqual([]);
  });

  it("takes every subject joined by 'and' as an agent, and an unknown works as a low-confidence target", () => {
    expect(a.events.map((e) => [e.type, e.agents, e.targets, e.date?.edtf, e.date?.qualifier])).toEqual([
      ["criticize", ["helsinki-commission"], ["yerevan-marble-works"], "2007", undefined],
      ["ease-sanctions", ["european-union", "united-states"], [], "2008", "mid"],
    ]);
    expect(a.actors.find((m) => m.id === "yerevan-marble-works")).toMatchObject({
      kind: "organization",
      source: "capitalised",
      confidence: 0.2,
    });
  });
});
