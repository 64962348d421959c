import type { Evidence, ReportDocument } from "@report/data";
import { type SanctionChain, sanctionChain } from "./chain.ts";
import { contextOf, entityName } from "./context.ts";
import { datedWords, whenWords } from "./dates.ts";
import { eventTypeLabel, recordKindLabel, relationTypeLabel } from "./labels.ts";
import { eventsPath, recordPath } from "./links.ts";
import { WORKS_WITH } from "./network.ts";
import { countWords, pluralOf, quantityWords } from "./quantity.ts";
import { eventSentence } from "./sentences.ts";
import { capitalize, listWords } from "./words.ts";

/** One of the report's main findings, for the top of the home page: a figure, what it is about, and its evidence. */
export interface KeyFact {
  /** Unique among the facts, for keys and anchors: "sanction-…", "restriction-…", "strategy-…", "partners-…", "meetings", "funding-…". */
  id: string;
  /** What kind of record it rests on, in words: "Sanction", "Administrative limit", "Meetings in 2009". */
  kind: string;
  /** The answer in a few words: "Suspended", "Five diplomats", "Three priority areas", "Two meetings". */
  figure: string;
  /** What the figure is about: "Sanctions against two subsidiaries of … Belneftekhim", "Embassy Minsk". */
  title: string;
  /** The detail in one sentence, from the records. */
  detail: string;
  /** The page that shows the records. */
  href: string;
  /** The words of the report that state it, in text order. */
  evidence: Evidence[];
}

const byOffset = (list: Evidence[]) =>
  [...new Map(list.map((e) => [`${e.start}-${e.end}`, e])).values()].sort((a, b) => a.start - b.start);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A chain's own steps, then those of the sanctions it is part of: "Suspended … after …, the suspension was extended in November 2009. Part of …". */
function chainDetail(chain: SanctionChain): string {
  const own = chain.steps.filter((s) => !s.from).map((s) => lowerFirst(s.text));
  const parts = [`${capitalize(own.join(", "))}.`];
  for (const from of new Set(chain.steps.flatMap((s) => (s.from ? [s.from] : [])))) {
    const inherited = chain.steps.filter((s) => s.from === from).map((s) => lowerFirst(s.text));
    parts.push(`Part of the ${from}, ${inherited.join(", ")}.`);
  }
  return parts.join(" ");
}

/**
 * The report's answers, derived from its records by fixed rules (never typed text): each sanction that no
 * other sanction is part of, with its whole chain; each restriction with a limit; the assistance
 * strategy and its priority areas; whom an actor works with; the meetings in the period the report covers; and each funding event
 * with the programs it funds.
 */
export function keyFacts(doc: ReportDocument): KeyFact[] {
  const { index } = contextOf(doc);
  const facts: KeyFact[] = [];
  const parents = new Set(doc.sanctions.flatMap((s) => (s.partOf ? [s.partOf] : [])));
  for (const s of doc.sanctions.filter((x) => !parents.has(x.id))) {
    const chain = sanctionChain(doc, s);
    facts.push({
      id: `sanction-${s.id}`,
      kind: "Sanction",
      figure: capitalize(chain.state),
      title: chain.name,
      detail: chainDetail(chain),
      href: recordPath(doc, s.id) ?? "",
      evidence: byOffset(chain.steps.map((step) => step.evidence)),
    });
  }
  for (const r of doc.restrictions.filter((x) => x.limit)) {
    const limit = r.limit as NonNullable<typeof r.limit>;
    const when = r.date ? ` ${datedWords(r.date)}` : "";
    facts.push({
      id: `restriction-${r.id}`,
      kind: recordKindLabel(doc, r.id) ?? "Restriction",
      figure: capitalize(quantityWords(limit)),
      title: listWords(r.targets.map((id) => entityName(doc, id))) || capitalize(r.restricts.quote),
      detail: `Limited by ${entityName(doc, r.authority)}${when}.`,
      href: recordPath(doc, r.id) ?? "",
      evidence: byOffset([limit.evidence, ...(r.date ? [r.date.evidence] : [])]),
    });
  }
  const strategy = index.strategy();
  if (strategy && strategy.priorityAreas.length > 0) {
    const adopted = strategy.adopted ? `, adopted ${whenWords(strategy.adopted.edtf)}` : "";
    facts.push({
      id: `strategy-${strategy.id}`,
      kind: recordKindLabel(doc, strategy.id) ?? "Strategy",
      figure: capitalize(countWords(strategy.priorityAreas.length, "priority area")),
      title: `${capitalize(strategy.name)}${adopted}`,
      detail: `${capitalize(strategy.priorityAreas.map((a) => a.name).join("; "))}.`,
      href: recordPath(doc, strategy.id) ?? "",
      evidence: byOffset([
        ...(strategy.adopted ? [strategy.adopted.evidence] : []),
        ...strategy.priorityAreas.map((a) => a.evidence),
      ]),
    });
  }
  facts.push(...partnerFacts(doc));
  const period = doc.metadata.periodCovered.value;
  const meetings = index.events({ type: "meet", from: period, to: period });
  if (meetings.length > 0) {
    const noun = eventTypeLabel("meet").toLowerCase();
    const places = [...new Set(meetings.flatMap((e) => (e.place ? [entityName(doc, e.place)] : [])))];
    facts.push({
      id: "meetings",
      kind: `${capitalize(pluralOf(noun))} in ${period}`,
      figure: capitalize(countWords(meetings.length, noun)),
      title:
        places.length > 0
          ? `In ${listWords(places)}`
          : capitalize(listWords(meetings.map((e) => whenWords(e.date?.edtf ?? period)))),
      detail: `${meetings.map((e) => eventSentence(doc, e)).join("; ")}.`,
      href: eventsPath({ type: "meet", year: period }),
      evidence: byOffset(meetings.map((e) => e.date?.evidence ?? (e.evidence[0] as Evidence))),
    });
  }
  for (const e of index.events({ type: "provide-economic-aid" }).filter((x) => x.instruments.length > 0)) {
    facts.push({
      id: `funding-${e.id}`,
      kind: eventTypeLabel(e.type),
      figure: capitalize(countWords(e.instruments.length, "program")),
      title: `Funded by ${listWords(e.agents.map((id) => entityName(doc, id)))}`,
      detail: `${capitalize(listWords(e.instruments.map((id) => entityName(doc, id))))}.`,
      href: recordPath(doc, e.id) ?? "",
      evidence: byOffset(e.evidence),
    });
  }
  return facts;
}

/**
 * Whom an actor works with, for each actor with two ties of working together or more stated in the text:
 * "Three partners: EU, OSCE and neighboring countries", "United States coordinates with EU (close and effective
 * throughout), cooperates with …".
 */
function partnerFacts(doc: ReportDocument): KeyFact[] {
  const bySource = new Map<string, ReportDocument["relations"]>();
  for (const r of doc.relations) {
    if (!WORKS_WITH.has(r.type) || r.evidence.length === 0) continue;
    const ties = bySource.get(r.source);
    if (ties) ties.push(r);
    else bySource.set(r.source, [r]);
  }
  return [...bySource].flatMap(([source, ties]) => {
    const partners = [...new Set(ties.map((r) => r.target))];
    if (partners.length < 2) return [];
    const words = ties.map((r) => {
      const how = r.qualifiers.find((q) => q.kind === "evaluation")?.word;
      return `${relationTypeLabel(r.type)} ${entityName(doc, r.target)}${how ? ` (${how})` : ""}`;
    });
    return [
      {
        id: `partners-${source}`,
        kind: `${entityName(doc, source)} works with`,
        figure: capitalize(countWords(partners.length, "partner")),
        title: capitalize(listWords(partners.map((id) => entityName(doc, id)))),
        detail: `${capitalize(entityName(doc, source))} ${listWords(words)}.`,
        href: "/entities#network-list",
        evidence: byOffset(ties.flatMap((r) => r.evidence)),
      },
    ];
  });
}
