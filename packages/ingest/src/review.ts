import { EVENT_TYPES } from "@report/data/schema";
import type { Analysis } from "./analyse.ts";
import type { Span } from "./candidates.ts";
import { printable } from "./defects.ts";
import type { Draft } from "./draft.ts";
import { placement } from "./placement.ts";
import { count } from "./plural.ts";

const words = (text: string, s: Span) => `"${printable(text.slice(s.start, s.end))}"`;
const list = (ids: string[]) => ids.map((i) => `\`${i}\``).join(", ");

type BySentence = <T extends { sentenceId: string }>(items: T[]) => (id: string) => T[];
/** Groups candidates by sentence once, so a long text is not scanned once per sentence. */
const bySentence: BySentence = (items) => {
  const groups = new Map<string, typeof items>();
  for (const x of items) {
    const group = groups.get(x.sentenceId);
    if (group) group.push(x);
    else groups.set(x.sentenceId, [x]);
  }
  return (id) => groups.get(id) ?? [];
};

/** Every candidate of one sentence, one line each, saying whether it is in the draft and where. */
function linesFor(a: Analysis, draft: Draft): (sentenceId: string) => string[] {
  const t = a.text;
  const defects = bySentence(a.defects);
  const dates = bySentence(a.dates);
  const quantities = bySentence(a.quantities);
  const actors = bySentence(a.actors);
  const events = bySentence(a.events);
  const where = placement(a, draft);
  return (sentenceId) => {
    const out: string[] = [];
    for (const d of defects(sentenceId)) out.push(`defect (${d.kind}) ${words(t, d)}: in report.yaml`);
    for (const d of dates(sentenceId))
      out.push(
        `date \`${d.edtf}\`${d.role === "occurred" ? "" : ` (${d.role})`}${d.qualifier ? ` (the words say "${d.qualifier}", which EDTF cannot hold: kept as the date's qualifier)` : ""} ${words(t, d)}: ${where(d)}`,
      );
    for (const q of quantities(sentenceId)) {
      const value = q.type === "range" ? `${q.min} to ${q.max}` : String(q.value);
      out.push(`quantity ${value} ${q.type === "money" ? q.currency : q.unit} ${words(t, q)}: ${where(q)}`);
    }
    const seen = new Set<string>();
    for (const m of actors(sentenceId)) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const why = draft.decisions.actors.get(m.id);
      const code = m.country ? `, ${m.country.toUpperCase()}` : "";
      out.push(
        `actor ${m.kind} \`${m.id}\` (${m.source}${code}, confidence ${m.confidence}) ${words(t, m)}: ${why ? `not in the draft: ${why}` : `entities/${m.kind}.yaml`}`,
      );
    }
    for (const e of events(sentenceId)) {
      const d = draft.decisions.events.get(e);
      const who = `${e.agents.length > 0 ? list(e.agents) : "(agent not plain)"}${e.impliedAgent ? " (implied)" : ""}${e.targets.length ? ` -> ${list(e.targets)}` : ""}`;
      const where = d?.id ? `events.yaml \`${d.id}\`` : `not in the draft: ${d?.reason ?? "unknown"}`;
      out.push(
        `event ${e.type} (CAMEO ${EVENT_TYPES[e.type].cameo.code}) ${who}${e.date ? ` ${e.date.edtf}` : ""}, cue ${words(t, e.cue)}, confidence ${e.confidence}: ${where}`,
      );
    }
    return out;
  };
}

/**
 * REVIEW.md: every sentence with the candidates found in it, and the sentences that have none yet,
 * so the curator knows what is left. Deterministic (no dates or paths), so a rerun diffs cleanly.
 */
export function reviewMarkdown(a: Analysis, draft: Draft, id: string): string {
  const t = a.text;
  const { structure } = a;
  const linesOf = linesFor(a, draft);
  const lines = new Map(structure.sentences.map((s) => [s.id, linesOf(s.id)]));
  const sentences = new Map(structure.sentences.map((s) => [s.id, s]));
  const uncovered = structure.sentences.filter((s) => !draft.covered.has(s.id));
  const entityCount = [...draft.entities.values()].reduce((n, xs) => n + xs.length, 0);
  const out = [
    `# Review of draft \`${id}\``,
    "",
    `Made by \`pnpm ingest\`. Structure: ${count(structure.parts.length, "part")}, ${count(structure.paragraphs.length, "paragraph")}, ${count(structure.sentences.length, "sentence")} (ids and offsets as the data build makes them).`,
    "",
    `Candidates: ${count(a.dates.length, "date")}, ${count(a.quantities.length, "quantity", "quantities")}, ${count(new Set(a.actors.map((m) => m.id)).size, "actor")} (${entityCount} in the draft's entities), ${count(a.events.length, "event")} (${draft.events.length} in events.yaml), ${count(a.defects.length, "defect")}.`,
    `Stated metadata: bureau ${a.metadata.bureau ? "stated" : "to fill in"}, country ${a.metadata.country ? `${a.metadata.country.value} (${a.metadata.country.code.toUpperCase()})` : "to fill in"}; every other metadata value is left "to fill in" (external, with its source).`,
    "",
    "To confirm a candidate, check it against its words, correct it, and remove `draft: true` and `confidence`.",
    "Each date and quantity says which record holds it, or that it is not placed and why: add those to the record",
    "they belong to (an event's `date`, a restriction's `limit`, an entity's `quantities`). Build the draft with",
    "`pnpm build:data --content <this folder> --out <folder>`; it warns with the coverage figure until every",
    "sentence is evidence for a record, and needs 100% once `status` is `published`.",
    "",
    `## What is left: sentences that no record quotes yet (${uncovered.length} of ${structure.sentences.length})`,
    "",
    ...(uncovered.length > 0
      ? uncovered.map(
          (s) => `- \`${s.id}\`${(lines.get(s.id) ?? []).length === 0 ? " (no candidate)" : ""} ${words(t, s)}`,
        )
      : ["None: every sentence is evidence for a record of the draft."]),
    "",
    "## Every sentence",
  ];
  for (const p of structure.paragraphs) {
    const part = structure.parts.find((x) => x.paragraphIds[0] === p.id);
    if (part) out.push("", `### ${printable(part.heading)} (\`${part.id}\`)`);
    out.push("", `#### \`${p.id}\` (${p.role})`);
    for (const sid of p.sentenceIds) {
      const s = sentences.get(sid) as Span;
      out.push("", `- \`${sid}\` [${s.start}, ${s.end}) ${words(t, s)}`);
      for (const l of lines.get(sid) ?? []) out.push(`  - ${l}`);
    }
  }
  const outside = a.defects.filter((d) => d.sentenceId === "");
  if (outside.length > 0) {
    out.push("", "## Defects outside every paragraph (not quotable, so not in report.yaml)", "");
    for (const d of outside) out.push(`- ${d.kind} at offset ${d.start}: ${d.description}`);
  }
  return `${out.join("\n")}\n`;
}
