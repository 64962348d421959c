import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordIds } from "../scripts/lib/id-lock.ts";
import { MigrationSchema } from "../scripts/lib/migrations.ts";
import { parseReport } from "../src/schema.ts";
import { committedReport, packageRoot } from "./helpers.ts";

const migration = MigrationSchema.parse(
  JSON.parse(readFileSync(join(packageRoot, "migrations/0.1-to-1.0.json"), "utf8")),
);
const oldIds = readFileSync(join(packageRoot, "test/fixtures/ids-0.1.0.txt"), "utf8").split("\n").filter(Boolean);
const newIds = new Set(recordIds(parseReport(committedReport())));

describe("migrations/0.1-to-1.0.json", () => {
  it("maps every id of 0.1.0, and nothing else", () => {
    expect(Object.keys(migration.ids).sort()).toEqual([...oldIds].sort());
    expect(oldIds).toHaveLength(231);
  });

  it("points only at ids of this version, or at null with the reason", () => {
    for (const [old, to] of Object.entries(migration.ids)) {
      if (to.id === null) expect("reason" in to && to.reason, old).toBeTruthy();
      else expect(newIds.has(to.id), `${old} -> ${to.id}`).toBe(true);
    }
  });

  it("follows facts to their new records", () => {
    const to = (id: string) => migration.ids[id]?.id;
    expect(to("suspension-of-sanctions")).toBe("sanctions-suspended");
    expect(to("extension-of-the-suspension")).toBe("suspension-extended");
    expect(to("united-states--meets--opposition-leaders" as string)).toBeUndefined();
    expect(to("assistant-secretary-for-european-and-eurasian-affairs--meets--opposition-leaders")).toBe(
      "assistant-secretary-meeting",
    );
    expect(to("government-of-belarus--limits--embassy-minsk")).toBe("embassy-minsk-staff-limit");
    expect(to("policy-coordination-with-the-eu")).toBe("united-states--coordinates-with--european-union");
    expect(to("embassy-minsk")).toBe("embassy-minsk");
  });
});
