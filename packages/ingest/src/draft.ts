import type { EntityKind, Quote } from "@report/data/schema";
import type { Analysis } from "./analyse.ts";
import type { EventCandidate, Span } from "./candidates.ts";
import { printable } from "./defects.ts";
import { type Decisions, entityRules, placeEntities } from "./draft-entities.ts";
import { QuoteMaker } from "./selector.ts";
import { IdAllocator, slug } from "./slug.ts";

type Item = Record<string, unknown>;

/** The content files of a draft, as data (written as YAML by `writeDraft`), and what became of each candidate. */
export interface Draft {
  report: Item;
  entities: Map<EntityKind, Item[]>;
  events: Item[];
  relations: Item[];
  decisions: Decisions;
  /** Sentences that some record's evidence quotes: what the build counts as covered. */
  covered: Set<string>;
}

const TO_FILL_IN = {
  value: "to fill in",
  basis: "external",
  source: "to fill in: the archived page URL or a bibliographic reference",
};
const YEAR = /\b(1[89]|20)\d{2}\b/;

/** `edtf` slug for an event id: "{2007,2008}" -> "2007-2008". */
const dateSlug = (edtf: string) => edtf.replace(/[^0-9]+/g, "-").replace(/^-|-$/g, "");

/**
 * Turns an analysis into 1.0 content that the data build accepts: every candidate that fits a
 * record becomes one (entities and events, with `draft: true` and a confidence), every quote is
 * a selector that picks exactly one place, and every rule of the build holds. What does not fit
 * a record yet is kept in `decisions` with the reason, for REVIEW.md.
 */
export function makeDraft(a: Analysis, id: string, sha256: string): Draft {
  const quotes = new QuoteMaker(a.text);
  const quote = (s: Span): Quote | undefined => quotes.quote(s.start, s.end);
  const ids = new IdAllocator();
  const rules = entityRules(a, quote);
  const decisions: Decisions = { actors: new Map(), events: new Map(), placed: new Map() };
  const can = (x: string) => !rules.reason(x);

  const events: (Item & { evidence: Quote[] })[] = [];
  const byFact = new Map<string, Item & { evidence: Quote[] }>();
  for (const e of a.events) {
    const agents = e.agents.filter(can);
    const targets = e.targets.filter(can);
    const place = e.place && can(e.place) ? e.place : undefined;
    const evidence = quote(e);
    const reason = eventProblem(a.text, e, agents, evidence, rules.reason);
    if (reason || !evidence) {
      decisions.events.set(e, { reason: reason ?? "its words could not be quoted uniquely" });
      continue;
    }
    const date = e.date && quote(e.date);
    const key = [e.type, agents, targets, e.date?.edtf ?? "", place ?? ""].join("|");
    const same = byFact.get(key);
    if (same) {
      // The build keeps each fact once: a second cue for the same fact adds its words as evidence.
      if (!same.evidence.some((q) => q.exact === evidence.exact)) same.evidence.push(evidence);
      decisions.events.set(e, { id: same.id as string });
      if (e.date)
        decisions.placed.set(e.date, [...(decisions.placed.get(e.date) ?? []), `events.yaml \`${same.id}\` (date)`]);
      continue;
    }
    // The agent's part is kept short (between words), so the date always ends the id.
    const eventId = ids.take(`${slug(`${e.type} ${agents[0]}`, 60)} ${e.date ? dateSlug(e.date.edtf) : ""}`, "event");
    const record: Item & { evidence: Quote[] } = {
      id: eventId,
      type: e.type,
      agents,
      ...(targets.length > 0 && { targets }),
      ...(place && { place }),
      ...(e.date &&
        date && {
          date: {
            edtf: e.date.edtf,
            role: e.date.role,
            // "early 2009" stays 2009; the word EDTF cannot hold is kept beside it.
            ...(e.date.qualifier &&
              date.exact.toLowerCase().includes(e.date.qualifier) && {
                qualifier: {
                  word: date.exact.match(new RegExp(e.date.qualifier, "i"))?.[0],
                  kind: "part",
                  evidence: date,
                },
              }),
            evidence: date,
          },
        }),
      aspect: e.aspect,
      ...(e.impliedAgent && { implied: ["agents"] }),
      draft: true,
      confidence: e.confidence,
      evidence: [evidence],
    };
    byFact.set(key, record);
    events.push(record);
    decisions.events.set(e, { id: eventId });
    if (e.date && date)
      decisions.placed.set(e.date, [...(decisions.placed.get(e.date) ?? []), `events.yaml \`${eventId}\` (date)`]);
  }
  const referenced = new Set(
    events.flatMap((e) => [
      ...(e.agents as string[]),
      ...((e.targets as string[]) ?? []),
      ...(e.place ? [e.place as string] : []),
    ]),
  );
  const placed = placeEntities(a, quote, ids, rules, referenced, decisions);

  const defects: Item[] = [];
  const defectIds = new IdAllocator();
  for (const d of a.defects) {
    const evidence = d.sentenceId ? quote(d) : undefined;
    if (!evidence) continue;
    defects.push({
      id: defectIds.take(d.kind, "defect"),
      kind: d.kind,
      description: printable(d.description),
      evidence,
    });
  }
  const stated = (s: { value: string; evidence: Span[] } | undefined) => {
    const evidence = s?.evidence.map(quote).filter((q): q is Quote => q !== undefined) ?? [];
    return s && evidence.length > 0 ? { value: printable(s.value), basis: "stated", evidence } : TO_FILL_IN;
  };
  const report = {
    id,
    status: "draft",
    source: { file: "source.txt", sha256 },
    metadata: {
      title: TO_FILL_IN,
      series: TO_FILL_IN,
      bureau: stated(a.metadata.bureau),
      publisher: TO_FILL_IN,
      country: stated(a.metadata.country),
      region: TO_FILL_IN,
      editionYear: TO_FILL_IN,
      periodCovered: TO_FILL_IN,
      originalUrl: TO_FILL_IN,
      rights: TO_FILL_IN,
    },
    defects,
  };
  const covered = new Set([
    ...placed.covered,
    ...a.events.filter((e) => decisions.events.get(e)?.id).map((e) => e.sentenceId),
  ]);
  return { report, entities: placed.entities, events, relations: placed.relations, decisions, covered };
}

/** Why an event candidate cannot be a record of the draft, if it cannot. */
function eventProblem(
  text: string,
  e: EventCandidate,
  agents: string[],
  evidence: Quote | undefined,
  why: (id: string) => string | undefined,
): string | undefined {
  if (e.problem) return e.problem;
  if (agents.length === 0)
    return `its agent \`${e.agents[0]}\` cannot be an entity of the draft: ${why(e.agents[0] as string)}`;
  if (!evidence) return "its words could not be quoted uniquely";
  // The build requires a date wherever the event's words print a year.
  const year = YEAR.exec(text.slice(e.start, e.end));
  if (!e.date && year)
    return `its words print a year ("${year[0]}") that dates another verb of the sentence, not this one: date it by hand`;
  return undefined;
}
