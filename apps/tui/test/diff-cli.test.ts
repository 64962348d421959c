import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// `report diff` as a user runs it: on two installed @report/data versions (package folders), the newer one
// shipping migrations/*.json, or on plain report files.
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/report-0.1.0.json", import.meta.url));
let dir = "";

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    // A read that blocks (a FIFO) or never ends (/dev/zero) must not hang the test run.
    timeout: 15_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, signal: r.signal };
};

/** A folder laid out as an installed @report/data: package.json exporting ./report.json, data/report.json. */
function installed(name: string, version: string, doc: unknown, migrations: Record<string, unknown> = {}) {
  const root = join(dir, "node_modules", name);
  mkdirSync(join(root, "data"), { recursive: true });
  writeFileSync(
    join(root, "package.json"),
    JSON.stringify({
      name,
      version,
      exports: { "./report.json": "./data/report.json", "./package.json": "./package.json" },
    }),
  );
  writeFileSync(join(root, "data/report.json"), JSON.stringify(doc));
  if (Object.keys(migrations).length) mkdirSync(join(root, "migrations"));
  for (const [file, content] of Object.entries(migrations))
    writeFileSync(join(root, "migrations", file), JSON.stringify(content));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "report-diff-"));
  const old = JSON.parse(readFileSync(FIXTURE, "utf8")) as { dataVersion: string; entities: { id: string }[] };
  const now = structuredClone(old);
  now.dataVersion = "1.0.0";
  now.entities = now.entities.filter((e) => e.id !== "osce");
  for (const e of now.entities) if (e.id === "embassy-minsk") e.id = "us-embassy-minsk";
  installed("data-old", "0.1.0", old);
  installed("data-new", "1.0.0", now, {
    "0.1-to-1.0.json": {
      from: "0.1.0",
      to: "1.0.0",
      ids: { "embassy-minsk": { id: "us-embassy-minsk" }, osce: { id: null, reason: "not an actor in the report" } },
    },
  });
  cpSync(FIXTURE, join(dir, "old.json"));
  writeFileSync(join(dir, "new.json"), JSON.stringify(now));
}, 30_000);

describe("report diff", () => {
  it("--json between two installed versions follows the newer one's migrations", () => {
    const r = run("diff", "data-old", "data-new", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      added: [],
      removed: ["osce"],
      changed: ["us-embassy-minsk"],
      renamed: { "embassy-minsk": "us-embassy-minsk" },
    });
  });

  it("prints readable text, and a Markdown summary for release notes", () => {
    const text = run("diff", "data-old", "data-new");
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        "Data 0.1.0 → 1.0.0: 0 added, 1 removed, 1 changed (1 old id renamed)",
        "",
        "Removed",
        "  - osce (entities) Organization for Security and Cooperation in Europe: not an actor in the report",
        "",
        "Changed",
        "  ~ embassy-minsk → us-embassy-minsk (entities) Embassy Minsk",
        "      renamed only; every field is the same",
        "",
      ].join("\n"),
    );
    const md = run("diff", "data-old", "data-new", "--markdown");
    expect(md.stdout).toBe(
      [
        "### Data changes from 0.1.0 to 1.0.0",
        "",
        "0 added, 1 removed, 1 changed (1 old id renamed).",
        "",
        "#### Removed",
        "",
        "- `osce` (entities) Organization for Security and Cooperation in Europe: not an actor in the report",
        "",
        "#### Changed",
        "",
        "- `embassy-minsk` → `us-embassy-minsk` (entities) Embassy Minsk: renamed",
        "",
      ].join("\n"),
    );
  });

  it("compares plain files, following migrations only when told where they are", () => {
    expect(JSON.parse(run("diff", "old.json", "new.json", "--json").stdout)).toEqual({
      added: ["us-embassy-minsk"],
      removed: ["embassy-minsk", "osce"],
      changed: [],
      renamed: {},
    });
    const migrations = join(dir, "node_modules/data-new/migrations");
    expect(
      JSON.parse(run("diff", "old.json", "new.json", "--json", "--migrations", migrations).stdout).renamed,
    ).toEqual({
      "embassy-minsk": "us-embassy-minsk",
    });
  });

  it("fails with a one-line reason: a missing side (1), a missing argument (2)", () => {
    const missing = run("diff", "old.json", "nope.json");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^report: cannot find 'nope\.json': no such file, and no installed package/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const usage = run("diff", "old.json");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^report: missing required args for command 'diff <old> <new>'/);
  });

  it("refuses at once what is not a regular file: a FIFO on either side or among the migrations, a device", () => {
    const fifo = join(dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    const migrations = join(dir, "fifo-migrations");
    mkdirSync(migrations);
    execFileSync("mkfifo", [join(migrations, "0.1-to-1.0.json")]);
    const cases = [
      [["diff", "fifo.json", "new.json"], `report: cannot read '${fifo}': it is not a regular file`],
      [["diff", "old.json", "fifo.json"], `report: cannot read '${fifo}': it is not a regular file`],
      [["diff", "/dev/zero", "new.json"], "report: cannot read '/dev/zero': it is not a regular file"],
      [
        ["diff", "old.json", "new.json", "--migrations", "fifo-migrations"],
        `report: cannot read '${join(migrations, "0.1-to-1.0.json")}': it is not a regular file`,
      ],
    ] as const;
    for (const [args, line] of cases) {
      const r = run(...args);
      expect(r.signal, args.join(" ")).toBeNull();
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toBe(`${line}\n`);
    }
  });

  it("--migrations given a file says it is not a folder, in one line", () => {
    const r = run("diff", "old.json", "new.json", "--migrations", "old.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("report: cannot read the migrations in 'old.json': it is not a folder\n");
  });
});
