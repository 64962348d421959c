import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Quote } from "@report/data/schema";
import { resolveQuote, segment } from "@report/data/text";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDraft, fixture, ingestCli, scratch } from "./helpers.ts";

/** Every quote selector in a YAML tree. */
function quotes(node: unknown, out: Quote[] = []): Quote[] {
  if (Array.isArray(node)) for (const n of node) quotes(n, out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.exact === "string") out.push(o as Quote);
    else for (const v of Object.values(o)) quotes(v, out);
  }
  return out;
}

/** The sentences each fixture's draft quotes, of all: below all, the build warns with the figure. */
const coverage: Record<string, string> = {
  "fixture-2010.txt": "9/10",
  "fixture-2009.txt": "4/7",
  "fixture-2008.txt": "4/4",
  "fixture-curator.txt": "19/20",
};

describe("a draft from each fixture builds, and passes parseReport as a draft", () => {
  for (const name of ["fixture-2010.txt", "fixture-2009.txt", "fixture-2008.txt", "fixture-curator.txt"]) {
    it(name, () => {
      const dir = join(scratch(), "draft");
      const r = ingestCli(fixture(name), "--out", dir);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^ingest: wrote draft 'fixture-[a-z0-9]+' to .*draft\/ \(\d+ sentences; /);
      // The format of packages/data/content, plus the source and REVIEW.md.
      expect(readdirSync(dir).sort()).toEqual([
        ".ingest-manifest.json",
        "REVIEW.md",
        "entities",
        "events.yaml",
        "relations.yaml",
        "report.yaml",
        "restrictions.yaml",
        "sanctions.yaml",
        "source.txt",
        "strategies.yaml",
      ]);
      expect(readFileSync(join(dir, "source.txt"))).toEqual(readFileSync(fixture(name)));
      const built = buildDraft(dir);
      expect(built.status).toBe(0);
      // Below 100% the build warns with the figure; a draft whose every sentence is quoted builds silently.
      const [covered, total] = (coverage[name] as string).split("/");
      expect(built.stderr).toEqual(
        covered === total
          ? ""
          : expect.stringMatching(new RegExp(`^warning: draft '[a-z0-9-]+' covers ${covered}/${total} sentences`)),
      );
      expect(built.doc?.status).toBe("draft");
      expect(built.doc?.structure).toEqual(segment(readFileSync(fixture(name), "utf8")));
      for (const e of built.doc?.events ?? []) expect(e).toMatchObject({ draft: true, confidence: expect.any(Number) });
      for (const e of built.doc?.entities ?? [])
        expect(e).toMatchObject({ draft: true, confidence: expect.any(Number) });
    });
  }

  it("every quote selector of the draft resolves to exactly one place, by the build's own resolver", () => {
    const dir = join(scratch(), "draft");
    ingestCli(fixture("fixture-2010.txt"), "--out", dir);
    const text = readFileSync(join(dir, "source.txt"), "utf8");
    const structure = segment(text);
    const files = [
      "report.yaml",
      "events.yaml",
      "relations.yaml",
      ...readdirSync(join(dir, "entities")).map((f) => `entities/${f}`),
    ];
    const all = files.flatMap((f) => quotes(parse(readFileSync(join(dir, f), "utf8"))));
    expect(all.length).toBeGreaterThan(20);
    for (const q of all) expect(resolveQuote(text, structure, q)).toMatchObject({ ok: true });
  });

  it("writes the 2010 fixture's records as 1.0 content", () => {
    const dir = join(scratch(), "draft");
    ingestCli(fixture("fixture-2010.txt"), "--out", dir, "--id", "moldova-fixture");
    const report = parse(readFileSync(join(dir, "report.yaml"), "utf8"));
    expect(report).toMatchObject({
      id: "moldova-fixture",
      status: "draft",
      source: { file: "source.txt" },
      metadata: {
        bureau: { value: "Bureau of Democracy, Human Rights, and Labor", basis: "stated" },
        country: { value: "Moldova", basis: "stated" },
        title: { value: "to fill in", basis: "external" },
      },
    });
    expect(report.defects.map((d: { id: string; kind: string }) => [d.id, d.kind])).toEqual([
      ["missing-link-target", "missing-link-target"],
      ["stray-markup", "stray-markup"],
      ["stray-markup-2", "stray-markup"],
    ]);
    const countries = parse(readFileSync(join(dir, "entities/country.yaml"), "utf8"));
    // Moldova too: the government of Moldova is part of it.
    expect(countries.map((c: { id: string; country: string }) => [c.id, c.country])).toEqual([
      ["united-states", "us"],
      ["moldova", "md"],
    ]);
    const events = parse(readFileSync(join(dir, "events.yaml"), "utf8"));
    expect(events[0]).toEqual({
      id: "meet-united-states-2009-12",
      type: "meet",
      agents: ["united-states"],
      targets: ["osce", "united-nations"],
      place: "chisinau",
      date: { edtf: "2009-12", role: "occurred", evidence: { exact: "December 2009" } },
      aspect: "completed",
      draft: true,
      confidence: 0.7,
      evidence: [{ exact: "U.S. Government met the OSCE and the U.N. in Chisinau in December 2009." }],
    });
    const relations = parse(readFileSync(join(dir, "relations.yaml"), "utf8"));
    expect(relations).toContainEqual({
      type: "part-of",
      source: "assistant-secretary-of-state-for-european-and-eurasian-affairs",
      target: "united-states",
      external: { source: "An office of the U.S. Department of State, https://www.state.gov/" },
    });
  });

  it("keeps the word EDTF cannot hold beside the date: early 2009 is 2009 with its qualifier", () => {
    const dir = join(scratch(), "draft");
    ingestCli(fixture("fixture-2010.txt"), "--out", dir);
    const events = parse(readFileSync(join(dir, "events.yaml"), "utf8")) as { date?: unknown }[];
    expect(events.map((e) => e.date)).toContainEqual({
      edtf: "2009",
      role: "occurred",
      qualifier: { word: "early", kind: "part", evidence: { exact: "early 2009" } },
      evidence: { exact: "early 2009" },
    });
  });

  it("REVIEW.md lists every sentence with its candidates, and what is left", () => {
    const dir = join(scratch(), "draft");
    ingestCli(fixture("fixture-2010.txt"), "--out", dir);
    const review = readFileSync(join(dir, "REVIEW.md"), "utf8");
    expect(review).toMatch(/^# Review of draft `fixture-2010`\n/);
    expect(review).toContain("## What is left: sentences that no record quotes yet (1 of 10)");
    expect(review).toContain('- `p2-s3` "The programs reach women between the ages of 16 and 35."');
    expect(review).toContain('  - quantity 16 to 35 year "between the ages of 16 and 35"');
    expect(review).toContain(
      `  - date \`2009\` (the words say "early", which EDTF cannot hold: kept as the date's qualifier) "early 2009"`,
    );
    expect(review).toContain(
      '  - actor organization `orchard-civic-centre` (capitalised, confidence 0.3) "Orchard Civic Centre": entities/organization.yaml',
    );
    expect(review).toContain(
      '  - actor person `j-r-sample` (capitalised, confidence 0.2) "J. R. Sample": not in the draft: the data has no kind for a person (it records the post a person holds, or a group): add the post or group by hand',
    );
    for (const id of [
      "bureau-s1",
      "intro-s1",
      "intro-s2",
      "p1-s1",
      "p1-s2",
      "p1-s3",
      "p2-s1",
      "p2-s2",
      "p2-s3",
      "p2-s4",
    ])
      expect(review).toContain(`- \`${id}\` [`);
  });
});
