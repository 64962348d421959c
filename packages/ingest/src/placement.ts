import type { Analysis } from "./analyse.ts";
import type { DateCandidate, QuantityCandidate } from "./candidates.ts";
import type { Draft } from "./draft.ts";

const cueWords = (a: Analysis, e: Analysis["events"][number]) => `"${a.text.slice(e.cue.start, e.cue.end)}"`;

/**
 * Where a date or quantity candidate went, for REVIEW.md: the records that hold it, or that it is
 * still unplaced and why, so the curator knows what is left to place.
 */
export function placement(a: Analysis, draft: Draft): (x: DateCandidate | QuantityCandidate) => string {
  return (x) => {
    const records = draft.decisions.placed.get(x);
    if (records && records.length > 0) return `in ${records.join(", ")}`;
    return `not placed: ${"edtf" in x ? whyDate(a, draft, x) : whyQuantity(a, draft, x)}`;
  };
}

function whyDate(a: Analysis, draft: Draft, d: DateCandidate): string {
  if (d.role === "covers")
    return `the period that the document \`${d.of}\` covers (its \`dates\`, role covers), and the document is not in the draft: ${draft.decisions.actors.get(d.of as string) ?? "no record refers to it"}`;
  const dated = a.events.filter((e) => e.date === d);
  if (dated.length > 0)
    return dated
      .map(
        (e) =>
          `the event it dates (${e.type}, cue ${cueWords(a, e)}) is not in the draft: ${draft.decisions.events.get(e)?.reason ?? "unknown"}`,
      )
      .join("; ");
  const others = a.events.filter((e) => e.sentenceId === d.sentenceId);
  if (d.role === "in-force-from")
    return 'a "since" date: it says since when a state holds (a restriction, a sanction\'s status), which ingest does not propose: put it on that record';
  if (others.length > 0)
    return `no event candidate takes it (each verb takes the date after it, or one that opens its clause; the verbs here are ${others.map((e) => cueWords(a, e)).join(", ")}): add it to the record it dates`;
  return "its sentence has no event candidate (no verb of the table): add it to the record it dates (an event's date, a restriction's or a sanction's)";
}

function whyQuantity(a: Analysis, draft: Draft, q: QuantityCandidate): string {
  if (q.type === "money")
    return "the data has no money value (a quantity is a count or a range): keep it in the words of the record it belongs to";
  const group = a.actors.find((m) => m.quantity === q);
  if (group)
    return `it counts the group \`${group.id}\`, which is not in the draft: ${draft.decisions.actors.get(group.id) ?? "unknown"}`;
  return "no record of the draft holds it (ingest places a count only on the people an event acts on): add it to the record it counts (an entity's quantities, a restriction's limit)";
}
