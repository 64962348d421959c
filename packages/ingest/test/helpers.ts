import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReport, type ReportDocument } from "@report/data/schema";
import { type Analysis, analyse } from "../src/analyse.ts";

export const ingestRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(ingestRoot, "../..");
export const fixture = (name: string) => join(ingestRoot, "test/fixtures", name);
export const scratch = () => mkdtempSync(join(tmpdir(), "ingest-test-"));

/** The fixture's analysis, and a way to print the words of any span. */
export function analyseFixture(name: string): { a: Analysis; words: (s: { start: number; end: number }) => string } {
  const text = readFileSync(fixture(name), "utf8");
  return { a: analyse(text), words: (s) => text.slice(s.start, s.end) };
}

const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** `pnpm ingest …` as a user runs it: the CLI from source, exit status and both streams. */
export const ingestCli = (...args: string[]) =>
  run(["--conditions=@report/source", join(ingestRoot, "src/cli.ts"), ...args]);

/** `pnpm build:data --content <dir> --out <out>`, then the built document, checked by `parseReport`. */
export function buildDraft(
  dir: string,
  out = `${dir}-data`,
): { status: number | null; stderr: string; doc?: ReportDocument } {
  const r = run([join(repoRoot, "packages/data/scripts/build-data.ts"), "--content", dir, "--out", out]);
  if (r.status !== 0) return { status: r.status, stderr: r.stderr };
  return {
    status: r.status,
    stderr: r.stderr,
    doc: parseReport(JSON.parse(readFileSync(join(out, "report.json"), "utf8"))),
  };
}
