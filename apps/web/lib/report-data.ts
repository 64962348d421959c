import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ReportDocument } from "@report/data";
import { parseReport, ReportParseError } from "@report/data/schema";

/**
 * REPORT_DATA: the file the website is built for instead of the published report. One report document
 * (`report.json` from `pnpm build:data`, published or a draft) or a corpus (`corpus.json`: a list of
 * documents, `CorpusSchema`), each validated with `parseReport` and their ids distinct (a document's
 * pages live under its id). Read once, when the build starts (next.config.ts).
 */
export type ReportData = { ok: true; documents: ReportDocument[] } | { ok: false; problem: string };

export const REPORT_DATA_USAGE = "REPORT_DATA=<report.json or corpus.json> pnpm --filter @report/web build";

/**
 * REPORT_DATA as an absolute path, or undefined when it is not set. A relative path is relative to where pnpm was
 * run (INIT_CWD), not to the app's folder, where pnpm runs the script.
 */
export function reportDataPath(env: Record<string, string | undefined> = process.env): string | undefined {
  const file = env.REPORT_DATA;
  return file ? resolve(env.INIT_CWD ?? process.cwd(), file) : undefined;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();

/** The first problem of a document that is not one: "metadata.title: Invalid input…". */
function parseProblem(value: unknown): { document: ReportDocument } | { problem: string } {
  try {
    return { document: parseReport(value) };
  } catch (error) {
    if (!(error instanceof ReportParseError)) return { problem: oneLine((error as Error).message) };
    const first = error.issues[0];
    const path = first?.path.length ? first.path.map(String).join(".") : "(document)";
    return { problem: first ? `${path}: ${oneLine(first.message)}` : "it does not match the schema" };
  }
}

function readText(file: string): { text: string } | { problem: string } {
  try {
    // A FIFO would block the read forever and a device never end: only a regular file is read.
    const kind = statSync(file);
    if (kind.isDirectory()) return { problem: "it is a directory (name the report.json or corpus.json in it)" };
    if (!kind.isFile()) return { problem: "it is not a regular file" };
    return { text: readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { problem: "no such file" };
    if (code === "EACCES" || code === "EPERM") return { problem: "permission denied" };
    return { problem: oneLine((error as Error).message) };
  }
}

/** The documents of `file`, or one line that names the file and says what is wrong with it. */
export function readReportData(file: string): ReportData {
  const fail = (problem: string): ReportData => ({ ok: false, problem: `REPORT_DATA '${file}' ${problem}` });
  const read = readText(file);
  if ("problem" in read) return fail(`cannot be read: ${read.problem}`);
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch (error) {
    return fail(`is not a report document or corpus: not JSON (${oneLine((error as Error).message)})`);
  }
  if (!Array.isArray(input)) {
    const one = parseProblem(input);
    return "problem" in one ? fail(`is not a valid report document: ${one.problem}`) : ok([one.document]);
  }
  if (input.length === 0) return fail("is not a valid corpus: it lists no document (a corpus is a list of documents)");
  const documents: ReportDocument[] = [];
  for (const [i, value] of input.entries()) {
    const one = parseProblem(value);
    if ("problem" in one) {
      const id = (value as { id?: unknown } | null)?.id;
      const which = `document ${i + 1}${typeof id === "string" ? ` ('${oneLine(id).slice(0, 80)}')` : ""}`;
      return fail(`is not a valid corpus: ${which}: ${one.problem}`);
    }
    const other = documents.findIndex((d) => d.id === one.document.id);
    if (other >= 0)
      return fail(
        `is not a valid corpus: documents ${other + 1} and ${i + 1} both have the id '${one.document.id}' (each needs its own)`,
      );
    documents.push(one.document);
  }
  return ok(documents);
}

const ok = (documents: ReportDocument[]): ReportData => ({ ok: true, documents });

/** What the `#report-data` module gives the site: the documents, and the file they were read from (none: the package). */
export interface ReportDataModule {
  file: string | null;
  documents: ReportDocument[];
}

/** Where the build puts REPORT_DATA's checked documents (in the app, so the bundler may read them). */
export const STAGED_DIR = ".report-data";

/**
 * Checks REPORT_DATA's file and writes its documents into the app (`.report-data/<sha256>.json`, named by its
 * bytes so builds of different data never share one), where the bundler may read them: it does not read files
 * outside the project. Returns the module to use as `#report-data`, relative to the app, or the problem.
 */
export function stageReportData(
  appDir: string,
  file: string,
): { ok: true; module: string; documents: ReportDocument[] } | { ok: false; problem: string } {
  const absolute = resolve(file);
  const data = readReportData(absolute);
  if (!data.ok) return data;
  const staged: ReportDataModule = { file: absolute, documents: data.documents };
  const text = JSON.stringify(staged);
  const name = `${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`;
  const dir = join(appDir, STAGED_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.${process.pid}.tmp`), text);
  renameSync(join(dir, `${name}.${process.pid}.tmp`), join(dir, name));
  pruneStaged(dir, name);
  return { ok: true, module: `./${STAGED_DIR}/${name}`, documents: data.documents };
}

/** Earlier builds' copies go once they are a day old (a build running beside this one keeps its own). */
function pruneStaged(dir: string, keep: string): void {
  for (const other of readdirSync(dir)) {
    if (other === keep) continue;
    try {
      if (Date.now() - statSync(join(dir, other)).mtimeMs > 86_400_000) rmSync(join(dir, other), { force: true });
    } catch {
      // Gone already: another build pruned it.
    }
  }
}
