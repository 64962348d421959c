import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments, diffSummary } from "../src/diff/diff.ts";
import { formatDiffMarkdown, formatDiffText } from "../src/diff/format.ts";
import { type Migration, parseMigration } from "../src/diff/migrations.ts";
import { makeStyle } from "../src/style.ts";

// The published 0.1.0 report (git show b8846f6:packages/data/data/report.json), and next versions made from it.
type Doc = { dataVersion: string; entities: { id: string; [k: string]: unknown }[]; [k: string]: unknown };
const V010 = JSON.parse(readFileSync(new URL("./fixtures/report-0.1.0.json", import.meta.url), "utf8")) as Doc;
const next = (change: (d: Doc) => void = () => {}): Doc => {
  const doc = structuredClone(V010);
  doc.dataVersion = "1.0.0";
  change(doc);
  return doc;
};
const entity = (d: Doc, id: string) => {
  const e = d.entities.find((x) => x.id === id);
  if (!e) throw new Error(`fixture has no entity ${id}`);
  return e as { id: string; name: string; dates: { edtf: string }[] };
};
const migration = (ids: Migration["ids"], from = "0.1.0", to = "1.0.0"): Migration => ({ from, to, ids });
const summary = (old: unknown, now: unknown, migrations: Migration[] = []) =>
  diffSummary(diffDocuments(old, now, migrations));
const EMPTY = { added: [], removed: [], changed: [], renamed: {} };
const plain = makeStyle(false);

describe("diffDocuments over every top-level array of records with an id", () => {
  it("finds nothing between a document and itself", () => {
    expect(summary(V010, next())).toEqual(EMPTY);
  });

  it("an added entity", () => {
    const now = next((d) =>
      d.entities.push({ ...entity(d, "osce"), id: "council-of-europe", name: "Council of Europe" }),
    );
    expect(summary(V010, now)).toEqual({ ...EMPTY, added: ["council-of-europe"] });
  });

  it("a removed entity", () => {
    const now = next((d) => {
      d.entities = d.entities.filter((e) => e.id !== "osce");
    });
    expect(summary(V010, now)).toEqual({ ...EMPTY, removed: ["osce"] });
  });

  it("a renamed entity, through a migration: a change, not a removal and an addition", () => {
    const now = next((d) => {
      entity(d, "embassy-minsk").id = "us-embassy-minsk";
    });
    const map = migration({ "embassy-minsk": { id: "us-embassy-minsk" } });
    expect(summary(V010, now, [map])).toEqual({
      ...EMPTY,
      changed: ["us-embassy-minsk"],
      renamed: { "embassy-minsk": "us-embassy-minsk" },
    });
    // Without the migration the same documents read as one record gone and another come.
    expect(summary(V010, now)).toEqual({ ...EMPTY, added: ["us-embassy-minsk"], removed: ["embassy-minsk"] });
  });

  it("a changed date, the item it lost and the one it gained, with its quote", () => {
    const now = next((d) => {
      const date = entity(d, "helsinki-commission-delegation").dates[0];
      if (date) date.edtf = "2009-07";
    });
    const diff = diffDocuments(V010, now);
    expect(diffSummary(diff)).toEqual({ ...EMPTY, changed: ["helsinki-commission-delegation"] });
    expect(diff.changed[0]?.fields.map((f) => f.field)).toEqual(["dates"]);
    expect(formatDiffText(diff, plain)).toBe(
      [
        "Data 0.1.0 → 1.0.0: 0 added, 0 removed, 1 changed",
        "",
        "Changed",
        "  ~ helsinki-commission-delegation (entities) Helsinki Commission delegation",
        "      dates",
        '        - { edtf: "2009-06", role: "met", evidence: “in Minsk in June 2009” [p6-s3] }',
        '        + { edtf: "2009-07", role: "met", evidence: “in Minsk in June 2009” [p6-s3] }',
        "",
      ].join("\n"),
    );
  });

  it("a field missing on one side and empty on the other is no change, at any depth", () => {
    const now = next((d) => {
      const e = entity(d, "belneftekhim") as Record<string, unknown> & { dates: Record<string, unknown>[] };
      e.mentions = [];
      const osce = entity(d, "osce") as Record<string, unknown>;
      delete osce.aliases;
      for (const date of entity(d, "helsinki-commission-delegation").dates)
        (date as Record<string, unknown>).notes = {};
    });
    expect(summary(V010, now)).toEqual(EMPTY);
  });

  it("a short value changed is one line; a long one is cut around where it differs", () => {
    const [a, z] = ["a".repeat(150), "z".repeat(150)];
    const old = structuredClone(V010);
    entity(old, "belneftekhim").name = `${a}c${z}`;
    const now = next((d) => {
      entity(d, "osce").name = "OSCE";
      entity(d, "belneftekhim").name = `${a}b${z}`;
    });
    const diff = diffDocuments(old, now);
    expect(formatDiffText(diff, plain)).toBe(
      [
        "Data 0.1.0 → 1.0.0: 0 added, 0 removed, 2 changed",
        "",
        "Changed",
        `  ~ belneftekhim (entities) ${"a".repeat(79)}…`,
        "      name",
        `        before: …${"a".repeat(20)}c${"z".repeat(77)}…`,
        `        after:  …${"a".repeat(20)}b${"z".repeat(77)}…`,
        "  ~ osce (entities) OSCE",
        '      name: "Organization for Security and Cooperation in Europe" → "OSCE"',
        "",
      ].join("\n"),
    );
  });

  it("all four at once, exactly", () => {
    const now = next((d) => {
      d.entities = d.entities.filter((e) => e.id !== "osce");
      entity(d, "embassy-minsk").id = "us-embassy-minsk";
      const date = entity(d, "helsinki-commission-delegation").dates[0];
      if (date) date.edtf = "2009-07";
      d.entities.push({ ...entity(d, "european-union"), id: "council-of-europe", name: "Council of Europe" });
    });
    expect(summary(V010, now, [migration({ "embassy-minsk": { id: "us-embassy-minsk" } })])).toEqual({
      added: ["council-of-europe"],
      removed: ["osce"],
      changed: ["helsinki-commission-delegation", "us-embassy-minsk"],
      renamed: { "embassy-minsk": "us-embassy-minsk" },
    });
  });

  it("a removal the migration explains, and a record that moved to another array (as 1.0 does), said in words", () => {
    const now = next((d) => {
      const sanction = entity(d, "new-sanctions");
      d.entities = d.entities.filter((e) => e.id !== "new-sanctions" && e.id !== "osce");
      d.sanctions = [sanction];
    });
    const map = migration({ osce: { id: null, reason: "not an actor in the report" } });
    const diff = diffDocuments(V010, now, [map]);
    expect(diffSummary(diff)).toEqual({ ...EMPTY, removed: ["osce"], changed: ["new-sanctions"] });
    expect(diff.changed[0]?.moved).toEqual({ from: "entities", to: "sanctions" });
    expect(diff.changed[0]?.fields).toEqual([]);
    expect(formatDiffMarkdown(diff)).toBe(
      [
        "### Data changes from 0.1.0 to 1.0.0",
        "",
        "0 added, 1 removed, 1 changed.",
        "",
        "#### Removed",
        "",
        "- `osce` (entities) Organization for Security and Cooperation in Europe: not an actor in the report",
        "",
        "#### Changed",
        "",
        "- `new-sanctions` (sanctions) new sanctions: moved from entities",
        "",
      ].join("\n"),
    );
    expect(formatDiffText(diff, plain)).toContain(
      "  ~ new-sanctions (sanctions) new sanctions\n      moved from entities to sanctions\n",
    );
  });

  it("old records merged into one are one change of it, listing every old id once", () => {
    // Two 0.1 entities become one 1.0 record: the one that keeps its id, with the other's alias.
    const now = next((d) => {
      d.entities = d.entities.filter((e) => e.id !== "embassy-minsk");
      const us = entity(d, "us-mission-in-belarus") as unknown as { aliases: string[] };
      us.aliases = [...us.aliases, "Embassy Minsk"];
    });
    const map = migration({ "embassy-minsk": { id: "us-mission-in-belarus" } });
    const diff = diffDocuments(V010, now, [map]);
    expect(diffSummary(diff)).toEqual({
      ...EMPTY,
      changed: ["us-mission-in-belarus"],
      renamed: { "embassy-minsk": "us-mission-in-belarus" },
    });
    expect(diff.changed[0]?.oldIds).toEqual(["embassy-minsk", "us-mission-in-belarus"]);
    expect(formatDiffText(diff, plain)).toBe(
      [
        "Data 0.1.0 → 1.0.0: 0 added, 0 removed, 1 changed (1 old id renamed; 1 record merged from several)",
        "",
        "Changed",
        "  ~ us-mission-in-belarus (entities) U.S. mission in Belarus",
        "      merged from 2 records:",
        "        embassy-minsk (entities)",
        "        us-mission-in-belarus (entities)",
        "      aliases",
        '        + "Embassy Minsk"',
        "",
      ].join("\n"),
    );
    expect(formatDiffMarkdown(diff)).toContain(
      "- `us-mission-in-belarus` (entities) U.S. mission in Belarus: merged from entities `embassy-minsk`, `us-mission-in-belarus`; `aliases`\n",
    );
  });

  it("follows only the migrations between the two versions, in order", () => {
    const now = next((d) => {
      entity(d, "embassy-minsk").id = "embassy-of-the-united-states-minsk";
    });
    const chain = [
      migration({ "us-embassy-minsk": { id: "embassy-of-the-united-states-minsk" } }, "0.2.0", "1.0.0"),
      migration({ "embassy-minsk": { id: "us-embassy-minsk" } }, "0.1.0", "0.2.0"),
      migration({ "embassy-of-the-united-states-minsk": { id: null, reason: "later" } }, "1.0.0", "2.0.0"),
    ];
    expect(summary(V010, now, chain).renamed).toEqual({ "embassy-minsk": "embassy-of-the-united-states-minsk" });
  });
});

describe("diff input errors name the file, the id and the field", () => {
  it("an id used twice", () => {
    const doc = next((d) => d.entities.push({ ...entity(d, "osce") }));
    expect(() => diffDocuments(V010, doc, [], { old: "a.json", new: "b.json" })).toThrow(
      "'b.json': entities[110].id: 'osce' is also the id of a record in entities; ids must be unique across the document",
    );
  });

  it("not a report document", () => {
    expect(() => diffDocuments({ entities: [] }, V010, [], { old: "a.json", new: "b.json" })).toThrow(
      `'a.json' is not a report document: no top-level array holds records with an "id"`,
    );
  });

  it("a migration removal without its reason", () => {
    expect(() =>
      parseMigration({ from: "0.1.0", to: "1.0.0", ids: { osce: { id: null } } }, "migrations/0.1-to-1.0.json"),
    ).toThrow(
      `'migrations/0.1-to-1.0.json': ids.osce: must be { "id": "<new id>" } or { "id": null, "reason": "<why it went>" }`,
    );
    expect(() => parseMigration({ from: "0.1", to: "1.0.0", ids: {} }, "m.json")).toThrow(
      `'m.json': from: must be a version like "1.0.0"`,
    );
  });
});
