import type { ReportDocument } from "@report/data";
import { closestIds } from "./model.ts";

/** How many ids an error lists before it says how many more there are. */
const LISTED = 12;

/** The ids of a corpus for an error: the closest to what was typed first, when something was. */
function idList(docs: readonly ReportDocument[], typed?: string): string {
  const ids = docs.map((d) => d.id);
  const ordered = typed ? closestIds(ids, typed, ids.length) : ids;
  const more = ordered.length - LISTED;
  return more > 0 ? `${ordered.slice(0, LISTED).join(", ")} and ${more} more` : ordered.join(", ");
}

/**
 * The document a command reads: the one `--doc` names, else the only one there is. A corpus of
 * several needs `--doc`; the problem says so and lists the ids (`source` says where they are).
 */
export function chooseDocument(
  docs: readonly ReportDocument[],
  id: string | undefined,
  source: string,
): { index: number } | { problem: string } {
  if (id === undefined) {
    if (docs.length === 1) return { index: 0 };
    return {
      problem: `${source} holds ${docs.length} documents: choose one with --doc <id> (${idList(docs)})`,
    };
  }
  const index = docs.findIndex((d) => d.id === id);
  if (index >= 0) return { index };
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  const ids = docs.length === 1 ? `its document is ${docs[0]?.id}` : `its documents are ${idList(docs, id)}`;
  return { problem: `no document '${shown}' in ${source}: ${ids}` };
}
