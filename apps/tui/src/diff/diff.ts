import { DiffInputError, fateOf, type Migration, migrationsBetween } from "./migrations.ts";

// What changed between two versions of a report document. Generic on purpose: a record is any object with a
// string `id` in a top-level array, or nested in a record (0.1 has `entities` and `relations`; 1.0 adds events,
// sanctions, … and strategies hold goals), ids
// are unique across the whole document, so a record can move between arrays and still be the same record.

type Json = Record<string, unknown>;

export interface DocRecord {
  id: string;
  /** The array it sits in, e.g. "entities", or its path when nested: "strategies.goals". */
  collection: string;
  record: Json;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangedRecord {
  /** The id in the new document. */
  id: string;
  /** Every old id that leads to it, in order: its own, or those a migration renamed or merged into it. */
  oldIds: string[];
  /** The old records, in the order of `oldIds`. */
  before: DocRecord[];
  after: DocRecord;
  /**
   * The old record the fields are compared with: the one of the same id, else the only one. None when
   * several old records were merged into a new id: the record is new in its shape, its old ids say whence.
   */
  base?: DocRecord | undefined;
  /** The base sat in another array (an entity that became an event). */
  moved?: { from: string; to: string } | undefined;
  /** Top-level fields whose value differs from the base's, `id` excluded; a missing field equals an empty one. */
  fields: FieldChange[];
}

export interface DataDiff {
  from?: string | undefined;
  to?: string | undefined;
  added: DocRecord[];
  removed: (DocRecord & { reason?: string })[];
  changed: ChangedRecord[];
  /** Old id → new id, for every record a migration renamed. */
  renamed: Record<string, string>;
}

/** Every record of a document by id; `name` (the file) is only used in error messages. */
export function recordsOf(doc: unknown, name: string): Map<string, DocRecord> {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new DiffInputError(`'${name}' is not a report document: it must be a JSON object`);
  const records = new Map<string, DocRecord>();
  // Records nest too (1.0 strategies hold goals and priority areas, which hold sub-goals): they are
  // listed under their path, e.g. "strategies.priorityAreas.subGoals".
  const collect = (collection: string, value: unknown) => {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (typeof item !== "object" || item === null || typeof (item as Json).id !== "string") return;
      const id = (item as Json).id as string;
      const seen = records.get(id);
      if (seen)
        throw new DiffInputError(
          `'${name}': ${collection}[${i}].id: '${id}' is also the id of a record in ${seen.collection}; ids must be unique across the document`,
        );
      records.set(id, { id, collection, record: item as Json });
      for (const [key, nested] of Object.entries(item as Json)) collect(`${collection}.${key}`, nested);
    });
  };
  for (const [collection, value] of Object.entries(doc as Json)) collect(collection, value);
  if (records.size === 0)
    throw new DiffInputError(`'${name}' is not a report document: no top-level array holds records with an "id"`);
  return records;
}

/** No value at all: a field missing, null, or an empty list or object (the same thing to a reader). */
const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === "object" && !Array.isArray(v) && Object.keys(v as Json).length === 0);

/** JSON with object keys sorted and empty values dropped, so equal values give equal text whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .filter((k) => !isEmpty((value as Json)[k]))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

const sameValue = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || canonical(a) === canonical(b);

function fieldChanges(before: DocRecord, after: DocRecord): FieldChange[] {
  const keys = [...new Set([...Object.keys(before.record), ...Object.keys(after.record)])].filter((k) => k !== "id");
  return keys.flatMap((field) => {
    const [b, a] = [before.record[field], after.record[field]];
    return sameValue(b, a) ? [] : [{ field, before: b, after: a }];
  });
}

/** One new record and every old record that leads to it. */
function changeOf(after: DocRecord, olds: DocRecord[]): ChangedRecord | undefined {
  const before = [...olds].sort(byId);
  const base = before.find((r) => r.id === after.id) ?? (before.length === 1 ? before[0] : undefined);
  const fields = base ? fieldChanges(base, after) : [];
  const moved =
    base && base.collection !== after.collection ? { from: base.collection, to: after.collection } : undefined;
  if (fields.length === 0 && !moved && before.length === 1 && base?.id === after.id) return undefined;
  return { id: after.id, oldIds: before.map((r) => r.id), before, after, base, moved, fields };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const version = (doc: unknown) => {
  const v = (doc as Json | null)?.dataVersion;
  return typeof v === "string" ? v : undefined;
};

/**
 * The records added, removed and changed from `oldDoc` to `newDoc`, by id. An old id that a migration renamed
 * is looked up under its new id, and counts as changed (renamed), never as a removal plus an addition; old
 * records merged into one new record are one change of it, listing their ids.
 */
export function diffDocuments(
  oldDoc: unknown,
  newDoc: unknown,
  migrations: Migration[] = [],
  names = { old: "old", new: "new" },
): DataDiff {
  const before = recordsOf(oldDoc, names.old);
  const after = recordsOf(newDoc, names.new);
  const from = version(oldDoc);
  const to = version(newDoc);
  const chain = migrationsBetween(migrations, from, to);
  const diff: DataDiff = { from, to, added: [], removed: [], changed: [], renamed: {} };
  // Each new record with the old ones that lead to it: one change per new record, however many merged into it.
  const leading = new Map<string, DocRecord[]>();
  for (const old of before.values()) {
    const fate = fateOf(old.id, chain);
    if (fate && fate.id === null) {
      diff.removed.push({ ...old, reason: fate.reason });
      continue;
    }
    const id = fate?.id ?? old.id;
    if (!after.has(id)) {
      diff.removed.push(id === old.id ? old : { ...old, reason: `renamed to '${id}', which the new document lacks` });
      continue;
    }
    if (id !== old.id) diff.renamed[old.id] = id;
    const olds = leading.get(id);
    if (olds) olds.push(old);
    else leading.set(id, [old]);
  }
  for (const rec of after.values()) {
    const olds = leading.get(rec.id);
    if (!olds) diff.added.push(rec);
    else {
      const change = changeOf(rec, olds);
      if (change) diff.changed.push(change);
    }
  }
  diff.added.sort(byId);
  diff.removed.sort(byId);
  diff.changed.sort(byId);
  return diff;
}

/** The `--json` shape: ids only. */
export function diffSummary(d: DataDiff): {
  added: string[];
  removed: string[];
  changed: string[];
  renamed: Record<string, string>;
} {
  return {
    added: d.added.map((r) => r.id),
    removed: d.removed.map((r) => r.id),
    changed: d.changed.map((r) => r.id),
    renamed: Object.fromEntries(Object.entries(d.renamed).sort(([a], [b]) => byId({ id: a }, { id: b }))),
  };
}
