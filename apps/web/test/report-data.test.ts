import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report } from "@report/data";
import { afterAll, describe, expect, it } from "vitest";
import { readReportData, reportDataPath, STAGED_DIR, stageReportData } from "../lib/report-data.ts";

// REPORT_DATA: one report document or a corpus (a list of them), each checked with parseReport before a build
// starts; anything else stops it with one line that names the file.
const dir = mkdtempSync(join(tmpdir(), "report-web-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const draft = { ...report, id: "fixture-draft", status: "draft" as const };
const problemOf = (file: string) => {
  const r = readReportData(file);
  if (r.ok) throw new Error(`${file} was accepted`);
  return r.problem;
};

describe("readReportData", () => {
  it("reads one document, published or a draft, and a corpus in its order", () => {
    const one = readReportData(write("report.json", JSON.stringify(report)));
    expect(one.ok && one.documents.map((d) => d.id)).toEqual(["afdr-2010-belarus"]);
    const corpus = readReportData(write("corpus.json", JSON.stringify([report, draft])));
    expect(corpus.ok && corpus.documents.map((d) => [d.id, d.status])).toEqual([
      ["afdr-2010-belarus", "published"],
      ["fixture-draft", "draft"],
    ]);
  });

  it("names the file and says in one line what is wrong", () => {
    const cases: [string, string, RegExp][] = [
      ["missing.json", "", /^REPORT_DATA '.*missing-for-real\.json' cannot be read: no such file$/],
      ["text.json", "not json", /^REPORT_DATA '.*text\.json' is not a report document or corpus: not JSON \(/],
      ["empty.json", "[]", /^REPORT_DATA '.*empty\.json' is not a valid corpus: it lists no document/],
      [
        "bad.json",
        JSON.stringify({ ...report, status: "finished" }),
        /^REPORT_DATA '.*bad\.json' is not a valid report document: status: /,
      ],
      [
        "bad-corpus.json",
        JSON.stringify([report, { ...draft, metadata: {} }]),
        /^REPORT_DATA '.*bad-corpus\.json' is not a valid corpus: document 2 \('fixture-draft'\): metadata\.\w+: /,
      ],
      [
        "twice.json",
        JSON.stringify([report, draft, report]),
        /^REPORT_DATA '.*twice\.json' is not a valid corpus: documents 1 and 3 both have the id 'afdr-2010-belarus'/,
      ],
    ];
    for (const [name, text, expected] of cases) {
      const file = name === "missing.json" ? join(dir, "missing-for-real.json") : write(name, text);
      const problem = problemOf(file);
      expect(problem, name).toMatch(expected);
      expect(problem, name).not.toContain("\n");
    }
    mkdirSync(join(dir, "folder"));
    expect(problemOf(join(dir, "folder"))).toMatch(/cannot be read: it is a directory/);
  });
});

describe("stageReportData", () => {
  it("copies the checked documents into the app under a name made of their bytes, and prunes day-old copies", () => {
    const app = mkdtempSync(join(tmpdir(), "report-web-app-"));
    try {
      mkdirSync(join(app, STAGED_DIR));
      const old = join(app, STAGED_DIR, "0000000000000000.json");
      writeFileSync(old, "{}");
      utimesSync(old, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
      const file = write("staged.json", JSON.stringify([report, draft]));
      const staged = stageReportData(app, file);
      if (!staged.ok) throw new Error(staged.problem);
      expect(staged.module).toMatch(/^\.\/\.report-data\/[0-9a-f]{16}\.json$/);
      const module = JSON.parse(readFileSync(join(app, staged.module), "utf8"));
      expect(module.file).toBe(file);
      expect(module.documents.map((d: { id: string }) => d.id)).toEqual(["afdr-2010-belarus", "fixture-draft"]);
      expect(stageReportData(app, file)).toMatchObject({ module: staged.module });
      expect(() => readFileSync(old)).toThrow();
      expect(stageReportData(app, join(dir, "nope.json"))).toMatchObject({ ok: false });
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it("takes a relative REPORT_DATA from where pnpm was run, not from the app's folder", () => {
    expect(reportDataPath({ REPORT_DATA: "out/corpus.json", INIT_CWD: "/home/curator/repo" })).toBe(
      "/home/curator/repo/out/corpus.json",
    );
    expect(reportDataPath({ REPORT_DATA: "/data/corpus.json", INIT_CWD: "/x" })).toBe("/data/corpus.json");
    expect(reportDataPath({})).toBeUndefined();
  });
});
