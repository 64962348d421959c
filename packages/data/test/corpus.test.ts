import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusSchema } from "../src/schema.ts";
import { packageRoot } from "./helpers.ts";

/** Another document's content folder: a copy of this report under its own id, its text beside it. */
function anotherDocument(id: string): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-doc-"));
  cpSync(join(packageRoot, "content"), dir, { recursive: true });
  cpSync(join(packageRoot, "source/belarus-2010.txt"), join(dir, "source.txt"));
  const report = readFileSync(join(dir, "report.yaml"), "utf8")
    .replace("id: afdr-2010-belarus", `id: ${id}`)
    .replace("file: source/belarus-2010.txt", "file: source.txt");
  writeFileSync(join(dir, "report.yaml"), report);
  return dir;
}

const build = (args: string[]) => {
  try {
    return {
      status: 0,
      stdout: execFileSync(process.execPath, [join(packageRoot, "scripts/build-data.ts"), ...args], {
        encoding: "utf8",
        stdio: "pipe",
      }),
      stderr: "",
    };
  } catch (error) {
    return error as { status: number; stdout: string; stderr: string };
  }
};

describe("a corpus: several content folders into one list of documents", () => {
  it("writes corpus.json, which CorpusSchema accepts, with each document under its own id", () => {
    const out = join(mkdtempSync(join(tmpdir(), "corpus-out-")), "built");
    const result = build([
      "--content",
      join(packageRoot, "content"),
      "--content",
      anotherDocument("afdr-2010-belarus-copy"),
      "--out",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^@report\/data: built a corpus of 2 documents into .*corpus\.json \(afdr-2010-belarus published, coverage 28\/28; afdr-2010-belarus-copy published, coverage 28\/28\)/,
    );
    const corpus = CorpusSchema.parse(JSON.parse(readFileSync(join(out, "corpus.json"), "utf8")));
    expect(corpus.map((d) => d.id)).toEqual(["afdr-2010-belarus", "afdr-2010-belarus-copy"]);
  });

  it("refuses two documents with one id, naming the file, and writes nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "corpus-out-")), "built");
    const result = build([
      "--content",
      join(packageRoot, "content"),
      "--content",
      anotherDocument("afdr-2010-belarus"),
      "--out",
      out,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /report\.yaml, id 'afdr-2010-belarus', at id: document id 'afdr-2010-belarus' is also the id of/,
    );
    expect(result.stderr).toMatch(/fix: give each document of a corpus its own id/);
  });

  it("names each failing file by its path, even when two drafts are both called draft/", () => {
    const first = join(mkdtempSync(join(tmpdir(), "corpus-a-")), "draft");
    const second = join(mkdtempSync(join(tmpdir(), "corpus-b-")), "draft");
    cpSync(anotherDocument("doc-a"), first, { recursive: true });
    cpSync(anotherDocument("doc-b"), second, { recursive: true });
    writeFileSync(
      join(second, "events.yaml"),
      readFileSync(join(second, "events.yaml"), "utf8").replace("type: meet", "type: meets"),
    );
    const result = build(["--content", first, "--content", second, "--out", join(tmpdir(), "never-written")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(second, "events.yaml")}, id '`);
    expect(result.stderr).not.toContain(`${join(first, "events.yaml")}`);
  });

  it("--check says it wrote nothing", () => {
    const result = build(["--check", "--content", join(packageRoot, "content"), "--content", anotherDocument("doc-c")]);
    expect(result.stdout).toMatch(/^@report\/data: checked a corpus of 2 documents \(nothing written\)/);
  });

  it("needs --out", () => {
    const result = build(["--content", join(packageRoot, "content"), "--content", anotherDocument("x-copy")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^build-data: a corpus \(several --content\) needs --out DIR\nusage: build-data/);
  });
});
