import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EVENT_TYPES } from "@report/data/schema";
import { describe, expect, it } from "vitest";
import { verbTableMarkdown } from "../src/verbs.ts";
import { ingestRoot } from "./helpers.ts";

describe("README.md", () => {
  it("documents the verb table exactly as src/verbs.ts has it", () => {
    const readme = readFileSync(join(ingestRoot, "README.md"), "utf8");
    const table = /<!-- verb-table[^>]*-->\n([\s\S]*?)\n<!-- \/verb-table -->/.exec(readme)?.[1];
    // Cell by cell: the formatter may pad the columns.
    const cells = (md: string | undefined) =>
      (md ?? "").split("\n").map((row) => row.split("|").map((c) => c.trim().replace(/^-+$/, "---")));
    expect(cells(table)).toEqual(cells(verbTableMarkdown((t) => EVENT_TYPES[t].cameo.code)));
  });
});
