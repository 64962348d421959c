import { dirname, relative, resolve } from "node:path";
import type { ReportDocument } from "../../src/schemas/report.ts";
import { type BuildResult, buildReport } from "./build.ts";
import { BuildFailed, type Problem } from "./problems.ts";

export interface CorpusResult {
  docs: ReportDocument[];
  results: BuildResult[];
  /** `corpus.json`: the documents as a list (`CorpusSchema`). */
  files: Map<string, string>;
}

/**
 * Builds several content folders into one corpus: each is built and checked as on its own (a draft
 * may leave sentences uncovered), every problem of every folder is collected, and no two documents
 * may share an id (the apps address a document by it).
 */
export function buildCorpus(packageRoot: string, contentDirs: string[], cwd = process.cwd()): CorpusResult {
  const problems: Problem[] = [];
  const results: BuildResult[] = [];
  for (const content of contentDirs) {
    try {
      results.push(buildReport(packageRoot, { content }));
    } catch (error) {
      if (!(error instanceof BuildFailed)) throw error;
      // Two drafts are often both called draft/: name each file by its path from where the user is.
      const shown = (file: string) => {
        const path = relative(cwd, resolve(dirname(content), file));
        return path.startsWith("..") ? resolve(dirname(content), file) : path;
      };
      problems.push(...error.problems.map((p) => ({ ...p, file: p.file.startsWith("/") ? p.file : shown(p.file) })));
    }
  }
  const seen = new Map<string, string>();
  for (const [i, r] of results.entries()) {
    const other = seen.get(r.doc.id);
    if (other)
      problems.push({
        code: "duplicate-id",
        file: `${contentDirs[i]}/report.yaml`,
        id: r.doc.id,
        path: "id",
        message: `document id '${r.doc.id}' is also the id of ${other}`,
        hint: "give each document of a corpus its own id (series, edition and country: afdr-2010-belarus)",
      });
    seen.set(r.doc.id, `${contentDirs[i]}/report.yaml`);
  }
  if (problems.length > 0) throw new BuildFailed(problems);
  const docs = results.map((r) => r.doc);
  return { docs, results, files: new Map([["corpus.json", `${JSON.stringify(docs)}\n`]]) };
}
