import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type ReportDocument, ReportDocumentSchema } from "../../src/schemas/report.ts";
import { assemble } from "./assemble.ts";
import { type Coverage, coverage } from "./coverage.ts";
import { csvFiles } from "./csv.ts";
import { dataPackage } from "./datapackage.ts";
import { idLockProblems } from "./id-lock.ts";
import { loadContent } from "./load-content.ts";
import { BuildFailed, formatPath, type Problem } from "./problems.ts";
import { segment } from "./segment.ts";

export interface BuildResult {
  doc: ReportDocument;
  coverage: Coverage;
  /** Output files keyed by path relative to `data/`. */
  files: Map<string, string>;
}

export const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

/** The JSON Schema of a report document, generated from the zod schema. */
export function jsonSchema(): string {
  const schema = z.toJSONSchema(ReportDocumentSchema, { io: "output" });
  return `${JSON.stringify({ ...schema, title: "Report document (@report/data)" }, null, 2)}\n`;
}

/** Validates the content in `packageRoot` and returns every output, or throws BuildFailed. */
export function buildReport(packageRoot: string, options: { acceptIds?: boolean } = {}): BuildResult {
  const problems: Problem[] = [];
  const content = loadContent(packageRoot, problems);
  if (!content || problems.length > 0) throw new BuildFailed(problems);

  const sourceFile = content.report.source.file;
  const sourcePath = join(packageRoot, sourceFile);
  if (!existsSync(sourcePath)) {
    throw new BuildFailed([
      {
        code: "source-missing",
        file: "content/report.yaml",
        id: content.report.id,
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
        file: sourceFile,
        id: content.report.id,
        path: "source.sha256",
        message: `sha256 is ${hash}, expected ${content.report.source.sha256}`,
        hint: "restore the canonical text byte for byte; never edit the source (record defects in content/report.yaml)",
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
      parsed.error.issues.map((i) => ({
        code: "integrity",
        file: "data/report.json",
        id: doc.id,
        path: formatPath(i.path),
        message: i.message,
        hint: "this is a build bug or a content error the earlier checks missed; fix the content entry at that path",
      })),
    );
  }
  const cov = coverage(doc);
  if (cov.uncovered.length > 0) {
    throw new BuildFailed(
      cov.uncovered.map((s) => ({
        code: "coverage",
        file: "content/",
        id: s.id,
        path: "",
        message: `sentence ${s.id} is not evidence for any entity or relation: "${s.text}"`,
        hint: "quote words of this sentence in the evidence of an entity or relation",
      })),
    );
  }

  if (!options.acceptIds) {
    const idProblems = idLockProblems(packageRoot, doc);
    if (idProblems.length > 0) throw new BuildFailed(idProblems);
  }

  const files = new Map<string, string>();
  files.set("report.json", `${JSON.stringify(doc)}\n`);
  files.set("schema.json", jsonSchema());
  files.set("source.txt", text);
  for (const [name, csv] of csvFiles(doc)) files.set(`csv/${name}`, csv);
  files.set("datapackage.json", dataPackage(doc, files));
  return { doc, coverage: cov, files };
}
