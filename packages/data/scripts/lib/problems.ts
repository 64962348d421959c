/**
 * A build failure written as data: which file, which id, which field path, what went wrong and
 * how to fix it. The build collects every problem before it stops, so one run shows them all.
 */
export interface Problem {
  code:
    | "source-hash-mismatch"
    | "source-missing"
    | "file-missing"
    | "yaml-syntax"
    | "schema"
    | "quote-not-found"
    | "quote-ambiguous"
    | "quote-crosses-paragraph"
    | "duplicate-id"
    | "dangling-reference"
    | "invalid-edtf"
    | "status-not-in-quote"
    | "coverage"
    | "id-removed"
    | "id-added"
    | "integrity";
  file: string;
  id: string;
  path: string;
  message: string;
  hint: string;
}

export class BuildFailed extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the report content`);
    this.name = "BuildFailed";
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.id && `id '${p.id}'`, p.path && `at ${p.path}`].filter(Boolean).join(", ");
  return `${where}: ${p.message}\n    fix: ${p.hint}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${String(k)}`)).join("");
}
