import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDraft, fixture, ingestCli, scratch } from "./helpers.ts";

// The draft and REVIEW.md of the curator fixture (written for these tests; see fixtures/README.md).
const dir = join(scratch(), "draft");
const run = ingestCli(fixture("fixture-curator.txt"), "--out", dir);
const review = readFileSync(join(dir, "REVIEW.md"), "utf8");
const yaml = (file: string) => parse(readFileSync(join(dir, file), "utf8"));

describe("REVIEW.md of fixture-curator", () => {
  it("counts in words: 1 defect, 1 part, not '1 defects'", () => {
    expect(run.status).toBe(0);
    expect(review).toMatch(/^Candidates: .*, 1 defect\.$/m);
    expect(review).not.toMatch(/\b1 (?:defect|date|actor|event|part|paragraph|sentence)s\b/);
    expect(run.stdout).toMatch(/, 1 defect; review /);
  });

  it("says of every date and quantity which record holds it, or that it is not placed and why", () => {
    const lines = review.split("\n").filter((l) => /^ {2}- (?:date|quantity) /.test(l));
    expect(lines).toHaveLength(17 + 9);
    for (const l of lines)
      expect(l).toMatch(/": (?:in (?:events\.yaml|entities\/\w+\.yaml) `[a-z0-9-]+` \(\w+|not placed: .+)/);
    for (const line of [
      '  - date `2009` (the words say "early", which EDTF cannot hold: kept as the date\'s qualifier) "early 2009": in events.yaml `legal-action-government-of-kyrgyzstan-2009` (date)',
      '  - quantity 4 blogger "four bloggers": in entities/group.yaml `bloggers` (quantities)',
      '  - date `2009-05` "May 2009": not placed: the event it dates (legal-action, cue "arrested") is not in the draft: its subject "Police" is not an actor ingest can name',
      "  - date `2009-03` \"March 2009\": not placed: its sentence has no event candidate (no verb of the table): add it to the record it dates (an event's date, a restriction's or a sanction's)",
      '  - date `2009` (covers) "2009": not placed: the period that the document `2009-country-reports-on-human-rights-practices` covers (its `dates`, role covers), and the document is not in the draft: no record of the draft refers to it yet (the build allows no orphan entity)',
      '  - quantity 2000000 USD "$2 million": not placed: the data has no money value (a quantity is a count or a range): keep it in the words of the record it belongs to',
      '  - quantity 3 official "three officials": not placed: it counts the group `officials`, which is not in the draft: the build requires a group of officials to reach a country through part-of, and the words do not say whose officials they are: add the group and its tie by hand',
      "  - quantity 14 NGO \"14 NGOs\": not placed: no record of the draft holds it (ingest places a count only on the people an event acts on): add it to the record it counts (an entity's quantities, a restriction's limit)",
    ])
      expect(review).toContain(line);
  });

  it("lists the events left out of the YAML with the reason, and the people ingest cannot record", () => {
    expect(review).toContain(
      '  - event coerce (CAMEO 170) (agent not plain), cue "intimidated", confidence 0.5: not in the draft: its subject is "an agency" (the words before "that"), which is not an actor ingest can name',
    );
    expect(review).toContain(
      '  - actor person `a-b-fenwick` (capitalised, confidence 0.2) "A. B. Fenwick": not in the draft: the data has no kind for a person (it records the post a person holds, or a group): add the post or group by hand',
    );
  });
});

describe("the draft of fixture-curator", () => {
  it("never makes the United States the agent of a local act, nor of a sentence whose subject is another actor", () => {
    const events = yaml("events.yaml") as { type: string; agents: string[]; evidence: { exact: string }[] }[];
    expect(events.filter((e) => e.agents.includes("united-states")).map((e) => e.type)).toEqual([
      "diplomatic-cooperation",
      "impose-sanctions",
      "ease-sanctions",
      "impose-sanctions",
      "stop-aid",
    ]);
    expect(events.map((e) => e.type)).not.toContain("coerce");
    expect(events.filter((e) => e.type === "legal-action").map((e) => e.agents)).toEqual([
      ["government-of-kyrgyzstan"],
    ]);
  });

  it("writes every body with its part-of tie (the bureau too), the government's context words as mentions, groups with their counts", () => {
    expect(yaml("relations.yaml")).toContainEqual({
      type: "part-of",
      source: "bureau-of-democracy-human-rights-and-labor",
      target: "united-states",
      external: { source: "A bureau of the U.S. Department of State, https://www.state.gov/" },
    });
    const bodies = yaml("entities/public-body.yaml") as { id: string }[];
    expect(bodies.find((b) => b.id === "government-of-kyrgyzstan")).toEqual({
      id: "government-of-kyrgyzstan",
      kind: "public-body",
      name: "government of Kyrgyzstan",
      mentions: [{ exact: "Authorities" }, { exact: "The government" }],
      draft: true,
      confidence: 0.7,
      evidence: [{ exact: "the government of Kyrgyzstan" }],
    });
    expect(
      (yaml("entities/group.yaml") as { id: string; quantities: unknown }[]).map((g) => [g.id, g.quantities]),
    ).toEqual([
      [
        "bloggers",
        [{ type: "count", value: 4, unit: "blogger", counts: "bloggers", evidence: { exact: "four bloggers" } }],
      ],
      [
        "election-observers",
        [
          {
            type: "count",
            value: 30,
            unit: "election observer",
            counts: "election observers",
            evidence: { exact: "30 election observers" },
          },
        ],
      ],
    ]);
  });

  it("builds, and quotes every sentence but the one whose only event is left out", () => {
    const built = buildDraft(dir);
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(
      /^warning: draft 'fixture-curator' covers 19\/20 sentences \(95\.0%\); not yet evidence for any record: p1-s5$/m,
    );
    expect(
      built.doc?.entities.find((e) => e.id === "bureau-of-democracy-human-rights-and-labor")?.evidence[0]?.quote,
    ).toBe("Bureau of Democracy, Human Rights, and Labor");
  });
});
