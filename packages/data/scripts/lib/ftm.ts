import type { Entity } from "../../src/schemas/entity.ts";
import type { Evidence } from "../../src/schemas/evidence.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { DateValue } from "../../src/schemas/values.ts";
import { ENTITY_KINDS, EVENT_TYPES, PROPERTY_NAMES, RELATION_TYPES, RESTRICTION_TYPES } from "../../src/vocabulary.ts";

/** A FollowTheMoney entity as JSON: every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

type Props = Record<string, string[] | undefined>;
/** Drops empty properties: FtM has no empty values. */
const clean = (p: Props): Record<string, string[]> =>
  Object.fromEntries(Object.entries(p).filter((e): e is [string, string[]] => (e[1]?.length ?? 0) > 0));

/** Says which fields come from reading the sentence rather than from its words (the JSON's `implied`). */
const impliedNote = (implied: string[], what = ""): string[] =>
  implied.length === 0
    ? []
    : [
        `Read from the sentence, not stated by its words: ${implied.map((f) => (f === "partOf" && what ? what : f)).join(", ")}.`,
      ];

/** EDTF to FtM dates: a set becomes several `date` values, an interval `startDate`/`endDate`. */
function ftmDates(d: DateValue | undefined): Record<string, string[]> {
  if (!d) return {};
  const e = d.edtf.replace(/[?~%]/g, "");
  if (e.startsWith("{")) return { date: e.slice(1, -1).split(",") };
  if (e.includes("/")) {
    const [a, b] = e.split("/") as [string, string];
    return { ...(a !== ".." ? { startDate: [a] } : {}), ...(b !== ".." ? { endDate: [b] } : {}) };
  }
  return { date: [e] };
}

/**
 * The document as FollowTheMoney entities, one JSON object per line. Countries are property
 * values (ISO codes), never entities; what FtM cannot express is left out (see the vocabulary).
 */
export function ftmEntities(doc: ReportDocument): FtmEntity[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const schemaOf = (id: string) => {
    const e = byId.get(id);
    return e ? ENTITY_KINDS[e.kind].ftm : null;
  };
  const iso = (id: string) => {
    const e = byId.get(id);
    return e?.kind === "country" ? e.country : undefined;
  };
  const names = (ids: string[]) => ids.flatMap((id) => byId.get(id)?.name ?? []);
  const exported = (ids: string[]) => ids.filter((id) => schemaOf(id) !== null);
  // Event.involved and Event.organizer hold parties (LegalEntity and its kinds); others are named.
  const PARTIES = new Set(["LegalEntity", "PublicBody", "Organization", "Company"]);
  const parties = (ids: string[]) => ids.filter((id) => PARTIES.has(schemaOf(id) ?? ""));
  const others = (ids: string[]) => names(ids.filter((id) => !PARTIES.has(schemaOf(id) ?? "")));
  const quotes = (evs: Evidence[]) => evs.map((e) => e.quote);
  // Every FtM schema has sourceUrl; only Things (not edges or Sanction, which are Intervals) have `proof`.
  const provenance = { sourceUrl: [doc.metadata.originalUrl.value] };
  const proof = { ...provenance, proof: [doc.entities.find((e) => e.kind === "document")?.id ?? ""].filter(Boolean) };
  const props = new Map<string, Record<string, string[]>>();
  const add = (id: string, key: string, ...values: string[]) => {
    const p = props.get(id);
    if (p && values.length > 0) p[key] = [...new Set([...(p[key] ?? []), ...values])];
  };

  const entities: FtmEntity[] = [];
  for (const e of doc.entities) {
    const schema = ENTITY_KINDS[e.kind].ftm;
    if (schema === null) continue;
    const p: Record<string, string[]> = { ...proof, notes: quotes(e.evidence) };
    props.set(e.id, p);
    if (schema === "Address") Object.assign(p, { full: [e.name], city: [e.name] });
    else if (schema === "Article") Object.assign(p, { title: [e.name], ...ftmDates(e.dates[0]) });
    else p.name = [e.name];
    if (e.aliases.length > 0 && schema !== "Address" && schema !== "Article") p.alias = e.aliases;
    if (e.kind === "group") p.classification = ["group"];
    for (const prop of e.properties) add(e.id, PROPERTY_NAMES[prop.name].ftm, prop.value);
    if (e.kind === "program" && e.purpose) p.goal = [e.purpose.quote];
    entities.push({ id: e.id, schema, properties: p });
  }

  for (const r of doc.relations) {
    const mapping = RELATION_TYPES[r.type].ftm;
    const targetIso = iso(r.target);
    const evidence = {
      ...provenance,
      summary: quotes(r.evidence),
      ...(r.external ? { notes: [r.external.source] } : {}),
    };
    if ("property" in mapping) {
      if (targetIso) add(r.source, mapping.property, targetIso);
      else if (mapping.property === "publisher") add(r.source, "publisher", ...names([r.target]));
      else if (schemaOf(r.target) === "Address") add(r.source, "addressEntity", r.target);
      continue;
    }
    if (targetIso && "whenTargetIsCountry" in mapping) {
      add(r.source, schemaOf(r.source) === "Position" ? "country" : mapping.whenTargetIsCountry, targetIso);
      continue;
    }
    if (schemaOf(r.source) === null || schemaOf(r.target) === null) continue;
    const organizationLike = ["PublicBody", "Organization", "Company"].includes(schemaOf(r.target) ?? "");
    const edge =
      mapping.schema === "Membership" && !organizationLike
        ? { schema: "UnknownLink", source: "subject", target: "object", role: RELATION_TYPES[r.type].label }
        : mapping;
    const role = "role" in edge && edge.role ? { role: [edge.role] } : {};
    entities.push({
      id: r.id,
      schema: edge.schema,
      properties: clean({ [edge.source]: [r.source], [edge.target]: [r.target], ...role, ...evidence }),
    });
  }

  const place = (id: string | undefined): Props =>
    id ? { location: names([id]), country: [iso(id) ?? jurisdictionOf(id, doc) ?? ""].filter(Boolean) } : {};
  for (const e of doc.events) {
    const cameo = EVENT_TYPES[e.type].cameo;
    entities.push({
      id: e.id,
      schema: "Event",
      properties: clean({
        name: [e.evidence[0]?.quote ?? e.id],
        description: [`CAMEO ${cameo.code}: ${cameo.label}`],
        involved: parties([...e.agents, ...e.targets]),
        organizer: parties(e.agents),
        namesMentioned: others([...e.agents, ...e.targets]),
        ...ftmDates(e.date),
        ...place(e.place),
        summary: quotes(e.evidence),
        notes: impliedNote(e.implied),
        ...proof,
      }),
    });
  }
  for (const r of doc.restrictions) {
    const cameo = RESTRICTION_TYPES[r.type].cameo;
    entities.push({
      id: r.id,
      schema: "Event",
      properties: clean({
        name: [r.name],
        description: [`CAMEO ${cameo.code}: ${cameo.label}`],
        involved: parties([r.authority, ...r.targets]),
        organizer: parties([r.authority]),
        namesMentioned: others([r.authority, ...r.targets]),
        ...ftmDates(r.date),
        summary: quotes(r.evidence),
        notes: impliedNote(r.implied),
        ...proof,
      }),
    });
  }
  const sanctionsById = new Map(doc.sanctions.map((s) => [s.id, s]));
  const eventsById = new Map(doc.events.map((e) => [e.id, e]));
  for (const s of doc.sanctions) {
    const parent = s.partOf ? sanctionsById.get(s.partOf) : undefined;
    // The dates of this sanction's own status changes; no start date: the text gives none (existing
    // sanctions were "increased", and "in 2007 and 2008" is not a start).
    const changed = [...new Set(s.history.flatMap((h) => ftmDates(eventsById.get(h.event)?.date).date ?? []))];
    for (const target of exported(s.targets))
      entities.push({
        id: `${s.id}--${target}`,
        schema: "Sanction",
        properties: clean({
          entity: [target],
          authority: names([s.authority]),
          ...(iso(s.authority) ? { country: [iso(s.authority) as string] } : {}),
          program: [s.name],
          status: [s.statusWord],
          provisions: [...s.conditions, ...(parent?.conditions ?? [])].map((c) => c.evidence.quote),
          date: changed,
          summary: quotes(s.evidence),
          description: impliedNote(s.implied, parent ? `part of '${parent.name}'` : ""),
          ...provenance,
        }),
      });
  }
  return entities.map((e) => ({ ...e, properties: clean(e.properties) }));
}

/** The ISO code of the country a body belongs to, through part-of and member-of. */
function jurisdictionOf(id: string, doc: ReportDocument): string | undefined {
  const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (let at: string | undefined = id; at && !seen.has(at); ) {
    seen.add(at);
    const e = byId.get(at);
    if (e?.kind === "country") return e.country;
    at = doc.relations.find(
      (r) => r.source === at && (r.type === "part-of" || r.type === "member-of" || r.type === "located-in"),
    )?.target;
  }
  return undefined;
}

export const ftmLines = (doc: ReportDocument) =>
  `${ftmEntities(doc)
    .map((e) => JSON.stringify(e))
    .join("\n")}\n`;
