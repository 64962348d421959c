import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { RECORD_COLLECTIONS, type ReportDocument, ReportDocumentSchema } from "../../src/schemas/report.ts";
import { assemble } from "./assemble.ts";
import { type Coverage, coverage } from "./coverage.ts";
import { csvFiles, tables } from "./csv.ts";
import { dataPackage } from "./datapackage.ts";
import { ftmLines } from "./ftm.ts";
import { idLockProblems } from "./id-lock.ts";
import { type Content, loadContent } from "./load-content.ts";
import { migrationProblems } from "./migrations.ts";
import { BuildFailed, formatPath, type Problem, RULE_HINTS } from "./problems.ts";
import { segment } from "./segment.ts";

export interface BuildResult {
  doc: ReportDocument;
  coverage: Coverage;
  /** Problems that do not stop a draft: its uncovered sentences. */
  warnings: Problem[];
  /** Output files keyed by path relative to `data/`. */
  files: Map<string, string>;
}

export const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

/** The JSON Schema of a report document, generated from the zod schema. */
export function jsonSchema(): string {
  const schema = z.toJSONSchema(ReportDocumentSchema, { io: "output" });
  return `${JSON.stringify({ ...schema, title: "Report document (@report/data)" }, null, 2)}\n`;
}

/** Maps a path in the built document back to the content file and record it came from. */
function locate(content: Content, doc: ReportDocument, path: PropertyKey[]): Pick<Problem, "file" | "id" | "path"> {
  const [head, index, ...rest] = path;
  const collection = RECORD_COLLECTIONS.find((c) => c === head);
  if (collection && typeof index === "number") {
    const record = doc[collection][index];
    return {
      file: content[collection][index]?.file ?? "content/",
      id: record?.id ?? `#${index}`,
      path: formatPath(rest),
    };
  }
  return { file: content.reportFile, id: doc.id, path: formatPath(path) };
}

/** Validates the content in `packageRoot` and returns every output, or throws BuildFailed. */
export function buildReport(packageRoot: string, options: { acceptIds?: boolean } = {}): BuildResult {
  const problems: Problem[] = [];
  const content = loadContent(join(packageRoot, "content"), packageRoot, problems);
  if (!content || problems.length > 0) throw new BuildFailed(problems);

  const sourceFile = content.report.source.file;
  const sourcePath = join(packageRoot, sourceFile);
  const where = { file: content.reportFile, id: content.report.id };
  if (!existsSync(sourcePath)) {
    throw new BuildFailed([
      {
        code: "source-missing",
        ...where,
        path: "source.file",
        message: `${sourceFile} does not exist`,
        hint: "point source.file at the canonical text, relative to the package",
      },
    ]);
  }
  const bytes = readFileSync(sourcePath);
  const hash = sha256(bytes);
  if (hash !== content.report.source.sha256) {
    throw new BuildFailed([
      {
        code: "source-hash-mismatch",
        ...where,
        path: "source.sha256",
        message: `${sourceFile} has sha256 ${hash}, expected ${content.report.source.sha256}`,
        hint: "restore the canonical text byte for byte; never edit the source (record defects in report.yaml)",
      },
    ]);
  }
  const text = bytes.toString("latin1");
  const source = {
    filename: "source.txt",
    text,
    sha256: hash,
    bytes: bytes.length,
    encoding: "ascii" as const,
    offsetUnit: "utf-16-code-unit" as const,
  };
  const version = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version;

  const doc = assemble(content, source, segment(text), version, problems);
  if (problems.length > 0) throw new BuildFailed(problems);

  const parsed = ReportDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new BuildFailed(
      parsed.error.issues.map((i) => {
        const rule = (i as { params?: { rule?: string } }).params?.rule;
        return {
          code: rule ?? "schema",
          ...locate(content, doc, i.path),
          message: i.message,
          hint: (rule && RULE_HINTS[rule]) || "fix the content entry at that path",
        };
      }),
    );
  }
  const cov = coverage(doc);
  const uncovered = cov.uncovered.map((s) => ({
    code: "coverage",
    file: "content/",
    id: s.id,
    path: "",
    message: `sentence ${s.id} is not evidence for any record: "${s.text}"`,
    hint: "quote words of this sentence in the evidence of an entity, event, sanction, restriction, strategy or relation",
  }));
  if (uncovered.length > 0 && doc.status !== "draft") throw new BuildFailed(uncovered);

  if (!options.acceptIds) {
    const idProblems = idLockProblems(packageRoot, doc);
    if (idProblems.length > 0) throw new BuildFailed(idProblems);
  }
  const migration = migrationProblems(packageRoot, doc);
  if (migration.length > 0) throw new BuildFailed(migration);

  const files = new Map<string, string>();
  files.set("report.json", `${JSON.stringify(doc)}\n`);
  files.set("schema.json", jsonSchema());
  files.set("source.txt", text);
  files.set("entities.ftm.json", ftmLines(doc));
  const all = tables(doc);
  for (const [name, csv] of csvFiles(all)) files.set(`csv/${name}`, csv);
  files.set("datapackage.json", dataPackage(doc, files, all));
  return { doc, coverage: cov, warnings: uncovered, files };
}
