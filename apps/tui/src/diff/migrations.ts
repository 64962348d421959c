/**
 * Id migrations shipped by @report/data (`migrations/<from>-to-<to>.json`): what became of each id that a
 * version renamed or removed. Ids not listed kept their name.
 */
export interface Migration {
  from: string;
  to: string;
  ids: Record<string, { id: string } | { id: null; reason: string }>;
}

/** Where an old id went across the migrations that apply: a new id, or removed with the reason. */
export type IdFate = { id: string } | { id: null; reason: string };

/** A document or migration file that cannot be diffed; the message names the file, the id and the field. */
export class DiffInputError extends Error {
  override name = "DataError";
}

/** Checks the shape of a parsed migration file; `file` is only used in error messages. */
export function parseMigration(input: unknown, file: string): Migration {
  const bad = (where: string, problem: string) => new DiffInputError(`'${file}': ${where}: ${problem}`);
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw bad("(document)", 'must be an object like { "from": "0.1.0", "to": "1.0.0", "ids": { … } }');
  const m = input as Record<string, unknown>;
  for (const key of ["from", "to"] as const)
    if (typeof m[key] !== "string" || !parseVersion(m[key] as string)) throw bad(key, 'must be a version like "1.0.0"');
  if (typeof m.ids !== "object" || m.ids === null || Array.isArray(m.ids))
    throw bad("ids", 'must be an object mapping each old id to { "id": "<new id>" } or { "id": null, "reason": "…" }');
  const ids: Migration["ids"] = {};
  for (const [old, fate] of Object.entries(m.ids as Record<string, unknown>)) {
    const f = fate as { id?: unknown; reason?: unknown } | null;
    if (f && typeof f.id === "string" && f.id !== "") ids[old] = { id: f.id };
    else if (f && f.id === null && typeof f.reason === "string" && f.reason.trim() !== "")
      ids[old] = { id: null, reason: f.reason };
    else
      throw bad(
        `ids.${old}`,
        'must be { "id": "<new id>" } or { "id": null, "reason": "<why it went>" } (a removal needs its reason)',
      );
  }
  return { from: m.from as string, to: m.to as string, ids };
}

/** [major, minor, patch, prerelease?] of a semver version, or undefined. */
function parseVersion(v: string): [number, number, number, string | undefined] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4]] : undefined;
}

/** Orders versions as semver does for releases; a prerelease sorts before its release (compared as text). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return a.localeCompare(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  if (x[3] === y[3]) return 0;
  if (x[3] === undefined) return 1;
  if (y[3] === undefined) return -1;
  return x[3].localeCompare(y[3], "en", { numeric: true });
}

/**
 * The migrations between two data versions, oldest first: those that end after `from` and no later than `to`.
 * With a version unknown on either side, every migration given applies.
 */
export function migrationsBetween(all: Migration[], from?: string, to?: string): Migration[] {
  const known = from !== undefined && to !== undefined && parseVersion(from) && parseVersion(to);
  return all
    .filter((m) => !known || (compareVersions(m.to, from) > 0 && compareVersions(m.to, to) <= 0))
    .sort((a, b) => compareVersions(a.to, b.to));
}

/** Follows one id through the migrations in order; undefined when none of them touched it. */
export function fateOf(id: string, chain: Migration[]): IdFate | undefined {
  let current = id;
  let touched = false;
  for (const m of chain) {
    const fate = m.ids[current];
    if (!fate) continue;
    if (fate.id === null) return fate;
    touched = touched || fate.id !== current;
    current = fate.id;
  }
  return touched ? { id: current } : undefined;
}
