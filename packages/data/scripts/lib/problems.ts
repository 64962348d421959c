/**
 * A build failure written as data: which file, which id, which field path, what went wrong and
 * how to fix it. The build collects every problem before it stops, so one run shows them all.
 */
export interface Problem {
  /** The rule that failed: `schema`, `quote-not-found`, `orphan`, `coverage` … */
  code: string;
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

/** How to fix each broken rule of the schema's integrity checks and graph rules. */
export const RULE_HINTS: Record<string, string> = {
  "span-outside-text": "rebuild from content/: offsets are derived by the build, never written by hand",
  "quote-mismatch": "rebuild from content/: offsets are derived by the build, never written by hand",
  "span-outside-paragraph": "rebuild from content/: offsets are derived by the build, never written by hand",
  "span-outside-sentence": "rebuild from content/: offsets are derived by the build, never written by hand",
  "word-not-in-quote": "keep the word exactly as printed and quote words that contain it",
  "control-character": "remove the control character; only the source text may hold one (record it in defects)",
  "source-bytes": "rebuild from content/: the byte count is derived from the source file",
  "duplicate-id": "give each record (entity, event, sanction, restriction, strategy, goal) its own id",
  "relation-id": "relation ids are derived as source--type--target; rebuild from content/",
  "dangling-reference":
    "use the id of a record defined in the same content folder: entities/*.yaml for actors and things, events.yaml for events, sanctions.yaml for sanctions",
  "fact-twice": "merge the two records into one and list every quote as its evidence",
  "unsupported-relation": "quote the words that state the tie, or add external.source with a URL or reference",
  orphan: "refer to it from an event, sanction, restriction, strategy, program or relation, or remove it",
  "missing-date": "add `date` with the EDTF the words give, or `after` when the text dates it by another event",
  "history-undated": "date the event, or give it `after` pointing at a dated event",
  "history-order": "list history entries from the earliest to the latest",
  "status-mismatch": "set status to the last entry's status, and statusWord to the word of the entry that set it",
  "part-of-cycle": "point partOf at a larger set of sanctions, never back at itself",
  "not-in-a-country":
    "add a part-of or member-of relation to its body or country (with external.source when the text does not say it)",
  "text-order": "list them in the order the text gives them",
  "date-not-in-words":
    'write the EDTF the quoted words give ("May 2009" is 2009-05; never add a day or month they do not print), or quote the words that give it',
  "draft-marks": "keep both marks on a candidate still to confirm, or delete both once it is confirmed",
  "draft-left":
    "confirm or correct the candidate, then delete its `draft` and `confidence` lines (or keep status: draft)",
  "placeholder-left":
    "fill in the value (an external value needs a source a reader can resolve), or keep status: draft",
};
