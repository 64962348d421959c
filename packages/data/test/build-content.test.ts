import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseReport } from "../src/schema.ts";
import { packageRoot } from "./helpers.ts";

type Item = Record<string, unknown>;
const SENTENCE =
  "The antitrafficking NGO network is the first foreign-funded NGO sector the government has accepted as a partner.";

/** The package's content as another content folder (`<tmp>/doc`), its source beside it, in `status`. */
function contentFolder(status: "draft" | "published", source?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "report-content-")), "doc");
  cpSync(join(packageRoot, "content"), dir, { recursive: true });
  rmSync(join(dir, "ids.txt"));
  const report = parse(readFileSync(join(dir, "report.yaml"), "utf8")) as Item & { source: Item };
  if (source !== undefined) {
    writeFileSync(join(dir, "source.txt"), source);
    report.source.sha256 = (
      spawnSync("sha256sum", [join(dir, "source.txt")], { encoding: "utf8" }).stdout as string
    ).split(" ")[0];
  } else cpSync(join(packageRoot, "source/belarus-2010.txt"), join(dir, "source.txt"));
  writeFileSync(
    join(dir, "report.yaml"),
    stringify({ ...report, status, source: { ...report.source, file: "source.txt" } }),
  );
  return dir;
}

/** Drops every quote inside SENTENCE (and what is left without evidence), so coverage falls below 100%. */
function uncover(dir: string): void {
  const files = readdirSync(join(dir, "entities")).map((f) => `entities/${f}`);
  for (const file of [
    ...files,
    "events.yaml",
    "sanctions.yaml",
    "restrictions.yaml",
    "strategies.yaml",
    "relations.yaml",
  ]) {
    const path = join(dir, file);
    const drop = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(drop).filter((x) => x !== undefined);
      if (!node || typeof node !== "object") return node;
      const o = node as Item;
      if (typeof o.exact === "string") return SENTENCE.includes(o.exact) ? undefined : o;
      const out = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, drop(v)]));
      return "evidence" in o && Array.isArray(out.evidence) && out.evidence.length === 0 ? undefined : out;
    };
    writeFileSync(path, stringify(drop(parse(readFileSync(path, "utf8")))));
  }
}

const build = (...args: string[]) =>
  spawnSync(process.execPath, [join(packageRoot, "scripts/build-data.ts"), ...args], { encoding: "utf8" });

describe("build-data --content DIR --out DIR", () => {
  it("builds another content folder into another output folder, without the package's id lock", () => {
    const dir = contentFolder("published");
    const out = join(dir, "..", "built");
    const r = build("--content", dir, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^@report\/data: built 16 files into .*built\/ \(coverage 28\/28\)\n$/);
    expect(parseReport(JSON.parse(readFileSync(join(out, "report.json"), "utf8"))).id).toBe("afdr-2010-belarus");
  });

  it("warns with the coverage figure for a draft that leaves sentences uncovered", () => {
    const dir = contentFolder("draft");
    uncover(dir);
    const out = join(dir, "..", "built");
    const r = build("--content", dir, "--out", out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      "warning: draft 'afdr-2010-belarus' covers 27/28 sentences (96.4%); not yet evidence for any record: p5-s3\n",
    );
    expect(parseReport(JSON.parse(readFileSync(join(out, "report.json"), "utf8"))).status).toBe("draft");
  });

  it("still needs 100% coverage for a published document, naming the file of the folder", () => {
    const dir = contentFolder("published");
    uncover(dir);
    const r = build("--content", dir, "--out", join(dir, "..", "built"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^@report\/data build failed: 1 problem in the report content; .*built\/ was left as it was\./,
    );
    expect(r.stderr).toMatch(/ {2}doc\/, id 'p5-s3': sentence p5-s3 is not evidence for any record/);
  });

  it("builds a non-ASCII UTF-8 source with a byte order mark, offsets counted in UTF-16 code units", () => {
    const text = readFileSync(join(packageRoot, "source/belarus-2010.txt"), "latin1");
    // Fixture words added for this test: an accented part and an emoji (two UTF-16 units, four bytes).
    const source = `\uFEFF${text}\n\nPart 3: \u00dcber alles\n\nA na\u00efve caf\u00e9 \u{1F600} closes.`;
    const dir = contentFolder("draft", source);
    const out = join(dir, "..", "built");
    const r = build("--content", dir, "--out", out);
    expect(r.stderr).toMatch(/^warning: draft 'afdr-2010-belarus' covers 28\/29 sentences/);
    const doc = parseReport(JSON.parse(readFileSync(join(out, "report.json"), "utf8")));
    expect(doc.source).toMatchObject({
      encoding: "utf-8",
      bytes: Buffer.byteLength(source),
      offsetUnit: "utf-16-code-unit",
    });
    expect(doc.structure.paragraphs[0]?.start).toBe(1);
    const last = doc.structure.sentences.at(-1);
    expect(last && [last.start, doc.source.text.slice(last.start, last.end)]).toEqual([
      source.indexOf("A na"),
      "A na\u00efve caf\u00e9 \u{1F600} closes.",
    ]);
    expect(doc.structure.parts[2]?.heading).toBe("Part 3: \u00dcber alles");
    expect(readFileSync(join(out, "source.txt"))).toEqual(readFileSync(join(dir, "source.txt")));
  });

  it("rejects a source that is not UTF-8, naming the byte", () => {
    const dir = contentFolder("published");
    const bytes = readFileSync(join(dir, "source.txt"));
    bytes[100] = 0xe9;
    writeFileSync(join(dir, "source.txt"), bytes);
    const report = parse(readFileSync(join(dir, "report.yaml"), "utf8")) as Item & { source: Item };
    report.source.sha256 = (
      spawnSync("sha256sum", [join(dir, "source.txt")], { encoding: "utf8" }).stdout as string
    ).split(" ")[0];
    writeFileSync(join(dir, "report.yaml"), stringify(report));
    const r = build("--content", dir, "--out", join(dir, "..", "built"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/source\.txt is not UTF-8 text \(invalid byte 0xe9 at byte 100\)/);
  });

  it("never replaces the content folder or a folder of other files", () => {
    const dir = contentFolder("published");
    const other = join(dir, "..", "notes");
    mkdirSync(other);
    writeFileSync(join(other, "keep.txt"), "mine");
    for (const [out, reason] of [
      [dir, /would replace/],
      [join(dir, ".."), /would replace/],
      [other, /holds other files/],
    ] as const) {
      const r = build("--content", dir, "--out", out);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(readFileSync(join(other, "keep.txt"), "utf8")).toBe("mine");
  });

  it("answers a wrong combination with exit 2, one line and the usage", () => {
    for (const args of [
      ["--content", "x"],
      ["--content", "x", "--accept-ids", "--out", "y"],
      ["--content", "a", "--content", "b"],
    ]) {
      const r = build(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^build-data: .+\nusage: build-data/);
    }
  });
});
