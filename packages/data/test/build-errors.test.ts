import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildReport } from "../scripts/lib/build.ts";
import { BuildFailed, type Problem } from "../scripts/lib/problems.ts";
import { MISTAKES } from "./fixtures/mistakes.ts";
import { packageRoot, scratchPackage } from "./helpers.ts";

type Item = Record<string, unknown> & { id?: string; evidence?: unknown };

function problemsOf(root: string): Problem[] {
  try {
    buildReport(root);
  } catch (error) {
    if (error instanceof BuildFailed) return error.problems;
    throw error;
  }
  throw new Error("the build accepted broken content");
}

/** Edits one content file of a scratch copy of the package, then builds it and returns the problems. */
function problemsAfter(file: string, edit: (items: Item[]) => void): Problem[] {
  const root = scratchPackage();
  const path = join(root, file);
  const items = parse(readFileSync(path, "utf8")) as Item[];
  edit(items);
  writeFileSync(path, stringify(items));
  return problemsOf(root);
}

const buildCli = (root: string, args: string[] = []) =>
  execFileSync(process.execPath, [join(packageRoot, "scripts/build-data.ts"), "--root", root, ...args], {
    encoding: "utf8",
    stdio: "pipe",
  });

describe("the build rejects each authoring mistake, naming file, id and field, with a fix", () => {
  for (const m of MISTAKES) {
    it(m.name, () => {
      const root = scratchPackage();
      m.apply(root);
      const problems = problemsOf(root);
      const match = problems.find((p) => Object.entries(m.expected).every(([k, v]) => p[k as keyof Problem] === v));
      expect(match, JSON.stringify(problems.slice(0, 3), null, 2)).toBeDefined();
      for (const p of problems) {
        expect(p.file).not.toBe("");
        expect(p.message).not.toBe("");
        expect(p.hint).not.toBe("");
      }
      if (m.hint) expect(match?.hint).toMatch(m.hint);
    });
  }
});

describe("a failed build leaves the previous output intact", () => {
  for (const m of MISTAKES) {
    it(`after ${m.name}`, () => {
      const root = scratchPackage();
      buildCli(root);
      const before = readFileSync(join(root, "data/report.json"), "utf8");
      m.apply(root);
      let result = { status: 0, stderr: "" };
      try {
        buildCli(root);
      } catch (error) {
        result = error as typeof result;
      }
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^@report\/data build failed: \d+ problems? in the report content; data\/ was left as it was\./,
      );
      expect(result.stderr).toMatch(/\n {4}fix: /);
      expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      expect(readFileSync(join(root, "data/report.json"), "utf8")).toBe(before);
    });
  }
});

describe("no silent loss", () => {
  it("removing a record fails the build instead of shipping a smaller dataset", () => {
    const problems = problemsAfter("content/events.yaml", (items) => {
      const at = items.findIndex((e) => e.id === "regular-meetings-with-opposition-and-civil-society-leaders");
      if (at < 0) throw new Error("fixture needs event regular-meetings-with-opposition-and-civil-society-leaders");
      items.splice(at, 1);
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: "id-removed",
        file: "content/ids.txt",
        id: "regular-meetings-with-opposition-and-civil-society-leaders",
      }),
    ]);
    expect(problems[0]?.hint).toMatch(/--accept-ids/);
  });

  it("removing a relation fails the build", () => {
    const problems = problemsAfter("content/relations.yaml", (items) => {
      items.splice(
        items.findIndex((r) => r.type === "shares-views-with"),
        1,
      );
    });
    expect(problems).toEqual([expect.objectContaining({ code: "id-removed", file: "content/ids.txt" })]);
  });

  it("adding a record needs the id lock to be updated on purpose", () => {
    const problems = problemsAfter("content/relations.yaml", (items) => {
      items.push({
        type: "located-in",
        source: "us-mission-in-belarus",
        target: "minsk",
        external: { source: "https://2009-2017.state.gov/" },
      });
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: "id-added", id: "us-mission-in-belarus--located-in--minsk" }),
    ]);
  });
});

describe("the build command", () => {
  it("rejects an unknown flag with exit 2 and usage", () => {
    let result = { status: 0, stderr: "" };
    try {
      buildCli(scratchPackage(), ["--nope"]);
    } catch (error) {
      result = error as typeof result;
    }
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^build-data: Unknown option '--nope'/);
    expect(result.stderr).toMatch(/usage: build-data/);
  });

  it("names the file when a content file is emptied", () => {
    const root = scratchPackage();
    writeFileSync(join(root, "content/relations.yaml"), "");
    expect(problemsOf(root)[0]).toMatchObject({ code: "schema", file: "content/relations.yaml", path: "" });
  });
});
