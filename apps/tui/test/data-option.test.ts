import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportDocument } from "@report/data";
import { EntitySchema } from "@report/data/schema";
import { beforeAll, describe, expect, it } from "vitest";

// `report --data <file>`: another report document instead of the bundled one, validated first.
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPORT_JSON = createRequire(import.meta.url).resolve("@report/data/report.json");
const dir = mkdtempSync(join(tmpdir(), "report-tui-data-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function run(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const noStack = (s: string) => expect(s).not.toMatch(/\bat .+:\d+:\d+|Error:/);

let smaller = "";
let dropped = "";
let total = 0;

beforeAll(() => {
  // A valid document that differs from the bundled one: an entity that only relations point at is gone,
  // with those relations (1.0 has no orphan entities, so every entity is pointed at by something).
  const doc = JSON.parse(readFileSync(REPORT_JSON, "utf8")) as ReportDocument;
  total = doc.entities.length;
  const programs = doc.entities.flatMap((e) => (e.kind === "program" ? [e.agents, e.targets] : []));
  const records = JSON.stringify([doc.events, doc.sanctions, doc.restrictions, doc.strategies, programs]);
  const loose = doc.entities.findLast((e) => !records.includes(`"${e.id}"`));
  if (!loose) throw new Error("every entity takes part in a record: pick another change");
  dropped = loose.id;
  const relations = doc.relations.filter((r) => r.source !== loose.id && r.target !== loose.id);
  smaller = file(
    "smaller.json",
    JSON.stringify({ ...doc, entities: doc.entities.filter((e) => e !== loose), relations }),
  );
});

describe("report --data <file>", () => {
  it("refuses at once a path that is not a regular file (a FIFO would block the read forever)", () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const r = spawnSync(process.execPath, [CLI, "--data", fifo, "entities"], { encoding: "utf8", timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`report: cannot read '${fifo}': it is not a regular file\n`);
  });

  it("reads another valid report document instead of the bundled one", () => {
    const r = run(["--data", smaller, "entities", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const list = EntitySchema.array().parse(JSON.parse(r.stdout));
    expect(list).toHaveLength(total - 1);
    expect(list.map((e) => e.id)).not.toContain(dropped);
    expect(run(["show", dropped, "--data", smaller]).code).toBe(1);
    expect(run(["show", dropped]).code).toBe(0);
  });

  it("searches the given document", () => {
    const r = run(["--data", REPORT_JSON, "search", "Belneftekhim"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Belneftekhim");
  });

  it("a missing file: one line naming it, exit 1", () => {
    const missing = join(dir, "nope.json");
    const r = run(["--data", missing, "timeline"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`report: cannot read '${missing}': no such file\n`);
  });

  it("a directory cannot be read either", () => {
    const r = run(["--data", dir, "timeline"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`report: cannot read '${dir}': it is a directory\n`);
  });

  it("a file that is not JSON: one line, exit 1", () => {
    const bad = file("bad.json", '{"schemaVersion": 1,');
    const r = run(["--data", bad, "entities"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(`^report: '${bad}' is not a valid report document or corpus: not JSON \\(.+\\)\\n$`),
    );
    noStack(r.stderr);
  });

  it("JSON that is not a report document: its first problem, one line, exit 1", () => {
    const doc = JSON.parse(readFileSync(REPORT_JSON, "utf8")) as ReportDocument;
    const cases: [string, unknown, RegExp][] = [
      ["empty.json", {}, /: \w+: .+$/],
      [
        "entity.json",
        { ...doc, entities: [{ ...doc.entities[0], kind: "planet" }, ...doc.entities.slice(1)] },
        /: entities\.0\.kind: .+$/,
      ],
    ];
    for (const [name, value, problem] of cases) {
      const path = file(name, JSON.stringify(value));
      const r = run(["--data", path, "entities"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.endsWith("\n")).toBe(true);
      const line = r.stderr.slice(0, -1);
      expect(line).not.toContain("\n");
      expect(line.startsWith(`report: '${path}' is not a valid report document: `)).toBe(true);
      expect(line).toMatch(problem);
      noStack(line);
    }
  });

  it("--data without a file is bad usage", () => {
    const r = run(["entities", "--data"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--data");
  });

  it("--version does not read the file", () => {
    const r = run(["--version", "--data", join(dir, "nope.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^report \d+\.\d+\.\d+ \(@report\/tui\)\n@report\/data \d+\.\d+\.\d+ \(afdr-2010-belarus, data version \d+\.\d+\.\d+\)\nNode\.js \d+\.\d+\.\d+\n$/,
    );
  });
});
