import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RECORD_COLLECTIONS, type ReportDocument } from "../../src/schemas/report.ts";
import type { Problem } from "./problems.ts";

export const ID_LOCK = "content/ids.txt";

/** Every record id of a document (goals and priority areas included), sorted: the id lock. */
export function recordIds(doc: ReportDocument): string[] {
  const ids: string[] = RECORD_COLLECTIONS.flatMap((key) => doc[key].map((r) => r.id));
  for (const s of doc.strategies) {
    ids.push(...s.goals.map((g) => g.id));
    for (const a of s.priorityAreas) ids.push(a.id, ...a.subGoals.map((g) => g.id));
  }
  return ids.sort();
}

export const idList = (doc: ReportDocument) => `${recordIds(doc).join("\n")}\n`;

/**
 * The build never quietly ships a different set of facts: every id must match `content/ids.txt`.
 * A removed or renamed id is a breaking change, an added one a new fact; both are made on purpose
 * with `build-data --accept-ids`, which rewrites the lock.
 */
export function idLockProblems(root: string, doc: ReportDocument): Problem[] {
  const path = join(root, ID_LOCK);
  const locked = existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : [];
  const built = new Set(recordIds(doc));
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
        hint: "restore the entry; if removing or renaming it is deliberate, run `build-data --accept-ids`, map it in migrations/ and add a major changeset",
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
