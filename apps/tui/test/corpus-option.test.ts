import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportDocument } from "@report/data";
import { EntitySchema, parseReport } from "@report/data/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { DRAFT_BANNER, draftDoc } from "./helpers.ts";

// `report --data <corpus.json>`: a list of documents, one picked with --doc; a draft says so.
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPORT_JSON = createRequire(import.meta.url).resolve("@report/data/report.json");
const dir = mkdtempSync(join(tmpdir(), "report-tui-corpus-"));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const USAGE = /\nusage: report .*\nRun 'report --help' for details\.\n$/;

function run(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

let published: ReportDocument;
let corpus = "";
let draft = "";
let single = "";

beforeAll(() => {
  published = JSON.parse(readFileSync(REPORT_JSON, "utf8")) as ReportDocument;
  parseReport(draftDoc); // the fixture is a valid document: every rule but coverage holds
  corpus = file("corpus.json", [published, draftDoc]);
  draft = file("draft.json", draftDoc);
  single = file("one.json", [published]);
});

describe("report --data <corpus>", () => {
  it("documents lists each document: id, title, country, edition, status and coverage", () => {
    const r = run(["documents", "--data", corpus]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "afdr-2010-belarus        Advancing Freedom and Democracy Reports 2010: Belarus",
        "                         Belarus · 2010 edition · Published · 28 of 28 sentences quoted by a record (100%)",
        "afdr-2010-belarus-draft  Advancing Freedom and Democracy Reports 2010: Belarus",
        "                         Belarus · 2010 edition · Draft · 27 of 28 sentences quoted by a record (96.4%)",
        "",
      ].join("\n"),
    );
    const json = JSON.parse(run(["documents", "--data", corpus, "--json"]).stdout);
    expect(json.map((d: { id: string; coverage: unknown }) => [d.id, d.coverage])).toEqual([
      ["afdr-2010-belarus", { covered: 28, total: 28 }],
      ["afdr-2010-belarus-draft", { covered: 27, total: 28 }],
    ]);
  });

  it("--doc picks a document of the corpus; the draft's text output starts with its banner, its JSON stays exact", () => {
    const text = run(["--data", corpus, "--doc", "afdr-2010-belarus-draft", "read", "p7-s2"]);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n").slice(0, 2)).toEqual([DRAFT_BANNER, "[p7-s2] Paragraph 7, sentence 2"]);
    const json = run(["--data", corpus, "--doc", "afdr-2010-belarus-draft", "entities", "--json"]);
    expect(EntitySchema.array().parse(JSON.parse(json.stdout))).toHaveLength(published.entities.length);
    const pub = run(["--data", corpus, "--doc", "afdr-2010-belarus", "read", "p7-s2"]);
    expect(pub.stdout.split("\n")[0]).toBe("[p7-s2] Paragraph 7, sentence 2");
  });

  it("a single draft document shows the banner above every text command, and not on an error", () => {
    for (const args of [
      ["timeline"],
      ["entities", "--kind", "company"],
      ["show", "belneftekhim"],
      ["search", "Minsk"],
    ]) {
      const r = run(["--data", draft, ...args]);
      expect(r.code).toBe(0);
      expect(r.stdout.split("\n")[0]).toBe(DRAFT_BANNER);
    }
    const missing = run(["--data", draft, "show", "nothing-of-the-kind"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).not.toContain("Draft");
  });

  it("without --doc, a corpus of several documents is bad usage that lists its ids", () => {
    const r = run(["--data", corpus, "entities"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(
        `^report: '${corpus}' holds 2 documents: choose one with --doc <id> \\(afdr-2010-belarus, afdr-2010-belarus-draft\\)${USAGE.source}`,
      ),
    );
  });

  it("an unknown --doc lists the ids, closest first; with the bundled report too", () => {
    const r = run(["--data", corpus, "--doc", "afdr-2010-belarus-drat", "timeline"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      `report: no document 'afdr-2010-belarus-drat' in '${corpus}': its documents are afdr-2010-belarus-draft, afdr-2010-belarus`,
    );
    expect(r.stderr).toMatch(USAGE);
    const bundled = run(["--doc", "other", "timeline"]);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr.split("\n")[0]).toBe(
      "report: no document 'other' in the bundled report: its document is afdr-2010-belarus",
    );
    expect(run(["--doc", "afdr-2010-belarus", "read", "p7-s2"]).code).toBe(0);
  });

  it("--doc keeps the id as typed (an id of digits is not read as a number) and needs a value", () => {
    const digits = file("digits.json", [
      { ...published, id: "0012" },
      { ...draftDoc, id: "1e3" },
    ]);
    const r = run(["--data", digits, "--doc", "0012", "read", "p7-s2"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toBe("[p7-s2] Paragraph 7, sentence 2");
    expect(run(["--data", digits, "--doc=1e3", "read", "p7-s2"]).stdout.split("\n")[0]).toBe(DRAFT_BANNER);
    const none = run(["--data", corpus, "timeline", "--doc"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--doc");
  });

  it("a corpus of one document needs no --doc, and documents refuses --doc", () => {
    expect(run(["--data", single, "read", "p7-s2"]).stdout.split("\n")[0]).toBe("[p7-s2] Paragraph 7, sentence 2");
    const r = run(["documents", "--data", corpus, "--doc", "afdr-2010-belarus"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("report: documents lists every document: drop --doc");
  });

  it("a corpus that is not valid: which document, its first problem, one line, exit 1", () => {
    const cases: [string, unknown, string][] = [
      ["empty.json", [], "it lists no document (a corpus is a list of report documents)"],
      [
        "bad-second.json",
        [published, { ...draftDoc, entities: [{ ...draftDoc.entities[0], kind: "planet" }] }],
        "document 2 ('afdr-2010-belarus-draft'): entities.0.kind: ",
      ],
      ["not-a-document.json", [published, 42], "document 2: (document): "],
      [
        "twice.json",
        [published, draftDoc, published],
        "documents 1 and 3 both have the id 'afdr-2010-belarus' (each needs its own)",
      ],
    ];
    for (const [name, value, problem] of cases) {
      const path = file(name, value);
      const r = run(["--data", path, "entities"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.startsWith(`report: '${path}' is not a valid corpus: ${problem}`)).toBe(true);
      expect(r.stderr.slice(0, -1)).not.toContain("\n");
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it("an escape sequence in an invalid file's keys reaches the terminal inert", () => {
    const path = file("hostile.json", [{ ...published, "\u001b[2J": 1 }]);
    const r = run(["--data", path, "entities"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("\u001b");
  });
});
