import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments, diffSummary } from "../src/diff/diff.ts";
import { formatDiffMarkdown, formatDiffText } from "../src/diff/format.ts";
import { parseMigration } from "../src/diff/migrations.ts";
import { MAX_VALUE } from "../src/diff/values.ts";
import { makeStyle } from "../src/style.ts";

// The published 0.1.0 report against the data this workspace builds, through the map @report/data ships.
const dataDir = dirname(createRequire(import.meta.url).resolve("@report/data/package.json"));
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as unknown;
const v010 = read(new URL("./fixtures/report-0.1.0.json", import.meta.url).pathname);
const current = read(join(dataDir, "data/report.json")) as { dataVersion: string };
const file = join(dataDir, "migrations/0.1-to-1.0.json");
const migration = parseMigration(read(file), file);
// Until the package is versioned the built data still says 0.1.x; the map leads to 1.0.0.
const now = { ...current, dataVersion: current.dataVersion.startsWith("0.") ? "1.0.0" : current.dataVersion };
const diff = diffDocuments(v010, now, [migration]);
const summary = diffSummary(diff);

describe("report diff from the published 0.1.0 to this version's data", () => {
  it("is not empty", () => {
    expect(summary.added.length + summary.removed.length + summary.changed.length).toBeGreaterThan(0);
  });

  it("agrees with the migration map: every id renamed as mapped, none removed without a reason", () => {
    for (const [old, to] of Object.entries(migration.ids)) {
      if (to.id === null) expect(summary.removed, old).toContain(old);
      else if (to.id !== old) expect(summary.renamed[old], old).toBe(to.id);
      else expect(summary.removed, old).not.toContain(old);
    }
    expect(summary.removed.filter((id) => !(id in migration.ids))).toEqual([]);
    expect(Object.keys(summary.renamed).every((old) => migration.ids[old]?.id === summary.renamed[old])).toBe(true);
  });

  it("lists as added only records no 0.1 id leads to", () => {
    const targets = new Set(Object.values(migration.ids).flatMap((t) => (t.id ? [t.id] : [])));
    for (const id of summary.added) expect(targets.has(id), id).toBe(false);
    // New in 1.0: the grammar defect and ties the text states that 0.1 did not record.
    expect(summary.added).toEqual(expect.arrayContaining(["subject-verb-agreement", "minsk--located-in--belarus"]));
  });

  it("tells the Belneftekhim suspension's move from an entity to an event in the release notes", () => {
    expect(summary.renamed["suspension-of-sanctions"]).toBe("sanctions-suspended");
    const markdown = formatDiffMarkdown(diff);
    expect(markdown).toMatch(/^### Data changes from 0\.1\.0 to 1\.0\.0\n/);
    expect(markdown).toContain(
      "- `sanctions-suspended` (events): merged from entities `suspension-of-sanctions` and relations `suspension-of-sanctions--follows--release-of-the-last-political-prisoners`, `united-states--suspended--sanctions-against-belneftekhim-subsidiaries`\n",
    );
  });

  it("tells each changed record once, with every old id merged into it", () => {
    expect(new Set(summary.changed).size).toBe(summary.changed.length);
    const strategy = diff.changed.find((c) => c.id === "us-assistance-strategy");
    const into = Object.entries(migration.ids).flatMap(([old, to]) =>
      to.id === "us-assistance-strategy" ? [old] : [],
    );
    expect(into.length).toBeGreaterThan(1);
    expect(strategy?.oldIds).toEqual(into.sort());
    // The counts say how many records changed, not how many old ids led to them.
    expect(formatDiffText(diff, makeStyle(false)).split("\n")[0]).toBe(
      `Data 0.1.0 → 1.0.0: ${summary.added.length} added, ${summary.removed.length} removed, ${summary.changed.length} changed (${Object.keys(summary.renamed).length} old ids renamed; ${diff.changed.filter((c) => c.oldIds.length > 1).length} records merged from several)`,
    );
  });

  it("counts no field that went from missing to empty, and says a move between arrays in words", () => {
    for (const c of diff.changed) {
      expect(c.fields.length > 0 || c.moved || c.oldIds.join() !== c.id, c.id).toBeTruthy();
      for (const f of c.fields)
        expect(
          [f.before, f.after].some((v) => JSON.stringify(v ?? []) !== "[]"),
          c.id,
        ).toBe(true);
    }
    const markdown = formatDiffMarkdown(diff);
    expect(markdown).not.toContain("(array)");
    expect(markdown).toContain(
      "- `united-states--imposed--new-sanctions` → `new-sanctions-imposed` (events): renamed; moved from relations;",
    );
  });

  it("is a summary: one Markdown line per changed record; every value in the text shortened", () => {
    const markdown = formatDiffMarkdown(diff);
    const changed = markdown.split("#### Changed\n\n")[1]?.trimEnd().split("\n") ?? [];
    expect(changed).toHaveLength(summary.changed.length);
    const text = formatDiffText(diff, makeStyle(false));
    for (const line of text.split("\n")) {
      const value = /^ {8}(?:[-+] |before: |after: {2})(.*)$/.exec(line)?.[1];
      if (value !== undefined) expect(value.length, line).toBeLessThanOrEqual(MAX_VALUE);
    }
  });
});
