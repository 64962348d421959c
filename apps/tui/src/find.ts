import {
  capitalize,
  kindLabel,
  passage,
  type RecordKind,
  recordKindLabel,
  recordTitle,
  typedRecord,
} from "@report/view";
import { type Model, nearIds, perModel } from "./model.ts";
import { fuzzyFilter } from "./ui/filter.ts";

/** What an id or a name leads to: a paragraph or sentence of the text, or a record. */
export type Found = { kind: "paragraph" | "sentence" | RecordKind; id: string };

interface Named {
  id: string;
  kind: RecordKind;
  names: string[];
}

/** Names compared the way a person types them: case, accents, spacing and a leading "the" aside. */
export const normalName = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");

/** Every record with the names it goes by: an entity's name and aliases, a sanction's or strategy's name. */
const namedRecords = perModel((m): Named[] => {
  const doc = m.report;
  const out: Named[] = doc.entities.map((e) => ({ id: e.id, kind: "entity", names: [e.name, ...e.aliases] }));
  for (const list of [doc.sanctions, doc.restrictions, doc.strategies])
    for (const r of list) {
      const kind = typedRecord(doc, r.id)?.kind;
      if (kind) out.push({ id: r.id, kind, names: [r.name] });
    }
  for (const e of doc.events) out.push({ id: e.id, kind: "event", names: [recordTitle(doc, e.id) ?? e.id] });
  return out;
});

/**
 * A paragraph, sentence or record by its id (in any case), else a record by its name (exactly, as
 * `normalName` compares them). When nothing or more than one record has that name: no `found`, and the
 * closest names as `suggestions` ("Belneftekhim (belneftekhim)"), none when nothing is close.
 */
export function findRecord(m: Model, query: string): { found?: Found; suggestions: string[] } {
  const q = query.trim();
  // Ids are lowercase slugs: P7-S3 is p7-s3.
  const id = q.toLowerCase();
  const at = passage(m.report, id);
  if (at) return { found: { kind: at.kind, id }, suggestions: [] };
  const r = typedRecord(m.report, id);
  if (r) return { found: { kind: r.kind, id }, suggestions: [] };
  const wanted = normalName(q);
  const named = namedRecords(m);
  const exact = named.filter((x) => x.names.some((n) => normalName(n) === wanted));
  if (exact.length === 1 && exact[0]) return { found: { kind: exact[0].kind, id: exact[0].id }, suggestions: [] };
  // Several records of that name; else the fuzzy matches of names and ids; else the nearest in spelling.
  let pool = exact.length > 1 ? exact : fuzzyFilter(named, q, (x) => [...x.names, x.id]).slice(0, 5);
  if (pool.length === 0) {
    const looksLikeId = /^[a-z0-9-]+$/.test(q);
    const byKey = new Map(named.map((x) => [looksLikeId ? x.id : normalName(x.names[0] ?? x.id), x]));
    pool = nearIds([...byKey.keys()], looksLikeId ? q : wanted).flatMap((n) => byKey.get(n) ?? []);
  }
  return { suggestions: pool.map((x) => `${capitalize(x.names[0] ?? x.id)} (${describe(m, x)}, ${x.id})`) };
}

const describe = (m: Model, x: Named) => {
  const e = x.kind === "entity" ? m.index.getEntity(x.id) : undefined;
  return e ? kindLabel(e.kind) : (recordKindLabel(m.report, x.id) ?? x.kind);
};
