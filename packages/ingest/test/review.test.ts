import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ingestCli, scratch } from "./helpers.ts";

// REVIEW.md of the curator fixture (written for these tests; see fixtures/README.md).
const dir = join(scratch(), "draft");
const run = ingestCli(fixture("fixture-curator.txt"), "--out", dir);
const review = readFileSync(join(dir, "REVIEW.md"), "utf8");

describe("REVIEW.md of fixture-curator", () => {
  it("counts in words: 1 defect, 1 part, not '1 defects'", () => {
    expect(run.status).toBe(0);
    expect(review).toMatch(/^Candidates: .*, 1 defect\.$/m);
    expect(review).not.toMatch(/\b1 (?:defect|date|actor|event|part|paragraph|sentence)s\b/);
    expect(run.stdout).toMatch(/, 1 defect; review /);
  });
});
