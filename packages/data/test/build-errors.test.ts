import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildReport } from "../scripts/lib/build.ts";
import { BuildFailed, type Problem } from "../scripts/lib/problems.ts";
import { packageRoot, scratchPackage } from "./helpers.ts";

type Item = Record<string, unknown> & { id?: string; evidence?: unknown };

/** Edits one content file of a scratch copy of the package, then builds it and returns the problems. */
function problemsAfter(file: string, edit: (items: Item[]) => void): Problem[] {
  const root = scratchPackage();
  const path = join(root, file);
  const items = parse(readFileSync(path, "utf8")) as Item[];
  edit(items);
  writeFileSync(path, stringify(items));
  try {
    buildReport(root);
  } catch (error) {
    if (error instanceof BuildFailed) return error.problems;
    throw error;
  }
  throw new Error("the build accepted broken content");
}

const entity = (items: Item[], id: string) => {
  const found = items.find((e) => e.id === id);
  if (!found) throw new Error(`fixture needs entity ${id}`);
  return found;
};
const OFFICES = "content/entities/office.yaml";

describe("the build rejects each authoring mistake, naming file, id and field", () => {
  it("a quote that is not in the text", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      entity(items, "embassy-minsk").evidence = [{ exact: "Embassy of Minsk" }];
    });
    expect(p).toMatchObject({ code: "quote-not-found", file: OFFICES, id: "embassy-minsk", path: "evidence[0]" });
    expect(p?.hint).toMatch(/copy the words exactly/);
  });

  it("a quote that appears more than once", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      entity(items, "embassy-minsk").evidence = [{ exact: "Embassy Minsk" }];
    });
    expect(p).toMatchObject({ code: "quote-ambiguous", file: OFFICES, id: "embassy-minsk", path: "evidence[0]" });
    expect(p?.message).toMatch(/occurs 2 times/);
    expect(p?.hint).toMatch(/prefix/);
  });

  it("a wrong type", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      entity(items, "embassy-minsk").aliases = "the embassy";
    });
    expect(p).toMatchObject({ code: "schema", file: OFFICES, id: "embassy-minsk", path: "aliases" });
    expect(p?.hint).toMatch(/array/);
  });

  it("a missing required field", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      delete entity(items, "embassy-minsk").name;
    });
    expect(p).toMatchObject({ code: "schema", file: OFFICES, id: "embassy-minsk", path: "name" });
  });

  it("a duplicate id", () => {
    const problems = problemsAfter(OFFICES, (items) => {
      items.push({ ...entity(items, "embassy-minsk") });
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: "duplicate-id", id: "embassy-minsk", path: "id" }));
  });

  it("a dangling reference", () => {
    const problems = problemsAfter("content/relations.yaml", (items) => {
      if (items[0]) items[0].target = "no-such-entity";
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "dangling-reference", file: "content/relations.yaml", path: "target" }),
    );
    expect(problems[0]?.message).toBe("no entity 'no-such-entity'");
  });

  it("a malformed EDTF date", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      const dates = entity(items, "embassy-minsk").dates as { edtf: string }[];
      if (dates[0]) dates[0].edtf = "May 2008";
    });
    expect(p).toMatchObject({ code: "schema", file: OFFICES, id: "embassy-minsk", path: "dates[0].edtf" });
    expect(p?.message).toMatch(/EDTF/);
  });

  it("a negative quantity", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      const quantities = entity(items, "embassy-minsk").quantities as { value: unknown }[];
      if (quantities[0]) quantities[0].value = -5;
    });
    expect(p).toMatchObject({ code: "schema", id: "embassy-minsk", path: "quantities[0].value" });
  });

  it("a non-numeric quantity", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      const quantities = entity(items, "embassy-minsk").quantities as { value: unknown }[];
      if (quantities[0]) quantities[0].value = "five";
    });
    expect(p).toMatchObject({ code: "schema", id: "embassy-minsk", path: "quantities[0].value" });
    expect(p?.hint).toBe("give a value of type number");
  });

  it("an unknown kind", () => {
    const [p] = problemsAfter(OFFICES, (items) => {
      entity(items, "embassy-minsk").kind = "consulate";
    });
    expect(p).toMatchObject({ code: "schema", file: OFFICES, id: "embassy-minsk", path: "kind" });
    expect(p?.hint).toMatch(/^use one of: country, government, organization, office/);
  });

  it("a status word that is not in its quote", () => {
    const problems = problemsAfter("content/relations.yaml", (items) => {
      const suspended = items.find((r) => (r.status as { word?: string } | undefined)?.word === "suspended");
      if (!suspended) throw new Error("fixture needs a relation with status 'suspended'");
      (suspended.status as { word: string }).word = "lifted";
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: "status-not-in-quote", path: "status.word" }));
  });

  it("an edited source text (the hash no longer matches)", () => {
    const root = scratchPackage();
    const path = join(root, "source/belarus-2010.txt");
    writeFileSync(path, readFileSync(path, "latin1").replace("suspended", "lifted"));
    expect(() => buildReport(root)).toThrow(BuildFailed);
    try {
      buildReport(root);
    } catch (error) {
      expect((error as BuildFailed).problems[0]).toMatchObject({ code: "source-hash-mismatch", path: "source.sha256" });
    }
  });

  it("coverage below 100%", () => {
    const sentence = "These efforts take place despite Embassy Minsk's limited staffing.";
    const root = scratchPackage();
    // Drop every quote inside that sentence, and each value or item left without evidence.
    const strip = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strip).filter((x) => x !== undefined);
      if (!node || typeof node !== "object") return node;
      const o = node as Record<string, unknown>;
      if (typeof o.exact === "string") return sentence.includes(o.exact) ? undefined : o;
      const out = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, strip(v)]));
      const evidence = out.evidence;
      if ("evidence" in o && (evidence === undefined || (Array.isArray(evidence) && evidence.length === 0)))
        return undefined;
      return out;
    };
    const files = readdirSync(join(root, "content/entities")).map((f) => `content/entities/${f}`);
    for (const file of [...files, "content/relations.yaml"]) {
      const path = join(root, file);
      writeFileSync(path, stringify(strip(parse(readFileSync(path, "utf8")))));
    }
    let problems: Problem[] = [];
    try {
      buildReport(root);
    } catch (error) {
      problems = (error as BuildFailed).problems;
    }
    expect(problems).toContainEqual(expect.objectContaining({ code: "coverage", id: "p3-s2" }));
  });
});

describe("no silent loss", () => {
  it("removing an entity fails the build instead of shipping a smaller dataset", () => {
    const problems = problemsAfter("content/entities/place.yaml", (items) => {
      const at = items.findIndex((e) => e.id === "the-west");
      if (at < 0) throw new Error("fixture needs entity the-west");
      items.splice(at, 1);
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: "id-removed", file: "content/ids.txt", id: "the-west" }),
    ]);
    expect(problems[0]?.hint).toMatch(/--accept-ids/);
  });

  it("removing a relation fails the build", () => {
    const problems = problemsAfter("content/relations.yaml", (items) => {
      items.splice(items.length - 1, 1);
    });
    expect(problems).toEqual([expect.objectContaining({ code: "id-removed", file: "content/ids.txt" })]);
  });

  it("adding an entity needs the id lock to be updated on purpose", () => {
    const problems = problemsAfter("content/entities/place.yaml", (items) => {
      items.push({ id: "minsk-again", kind: "place", name: "Minsk", evidence: [{ exact: "in Minsk in June 2009" }] });
    });
    expect(problems).toEqual([expect.objectContaining({ code: "id-added", id: "minsk-again" })]);
  });
});

describe("the build command", () => {
  it("exits 1 with every problem listed and leaves the previous data/ intact", () => {
    const root = scratchPackage();
    const build = (args: string[]) =>
      execFileSync(process.execPath, [join(packageRoot, "scripts/build-data.ts"), "--root", root, ...args], {
        encoding: "utf8",
        stdio: "pipe",
      });
    build([]);
    const before = readFileSync(join(root, "data/report.json"), "utf8");
    const offices = join(root, OFFICES);
    writeFileSync(
      offices,
      readFileSync(offices, "utf8").replace("exact: Through Embassy Minsk", "exact: Through Embassy of Minsk"),
    );
    let stderr = "";
    let status = 0;
    try {
      build([]);
    } catch (error) {
      ({ stderr, status } = error as { stderr: string; status: number });
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^@report\/data build failed: \d+ problems? in the report content; data\/ was left as it was\./,
    );
    expect(stderr).toMatch(/content\/entities\/office\.yaml, id '[a-z-]+', at [a-z.[\]0-9]+: .*\n {4}fix: /);
    expect(stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
    expect(readFileSync(join(root, "data/report.json"), "utf8")).toBe(before);
  });

  it("rejects an unknown flag with exit 2 and usage", () => {
    let result = { status: 0, stderr: "" };
    try {
      execFileSync(process.execPath, [join(packageRoot, "scripts/build-data.ts"), "--nope"], {
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      result = error as typeof result;
    }
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^build-data: Unknown option '--nope'/);
    expect(result.stderr).toMatch(/usage: build-data/);
  });
});
