import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { Problem } from "./problems.ts";

export const ID_LOCK = "content/ids.txt";

/** Every entity and relation id of a document, sorted: the contents of the id lock. */
export function idList(doc: ReportDocument): string {
  const ids = [...doc.entities.map((e) => e.id), ...doc.relations.map((r) => r.id)].sort();
  return `${ids.join("\n")}\n`;
}

/**
 * The build never quietly ships a different set of facts: every id must match `content/ids.txt`.
 * A removed or renamed id is a breaking change, an added one a new fact; both are made on purpose
 * with `build-data --accept-ids`, which rewrites the lock.
 */
export function idLockProblems(root: string, doc: ReportDocument): Problem[] {
  const path = join(root, ID_LOCK);
  const locked = existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : [];
  const built = new Set(idList(doc).split("\n").filter(Boolean));
  const lockedSet = new Set(locked);
  const problems: Problem[] = [];
  for (const id of locked)
    if (!built.has(id))
      problems.push({
        code: "id-removed",
        file: ID_LOCK,
        id,
        path: "",
        message: `'${id}' is in the id lock but no content entry defines it any more`,
        hint: "restore the entry; if removing or renaming it is deliberate, run `build-data --accept-ids` and add a major changeset",
      });
  for (const id of built)
    if (!lockedSet.has(id))
      problems.push({
        code: "id-added",
        file: ID_LOCK,
        id,
        path: "",
        message: `'${id}' is new: it is not in the id lock`,
        hint: "if the new fact is intended, run `build-data --accept-ids` and add a minor changeset",
      });
  return problems;
}
