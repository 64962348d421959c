import type { Evidence, ReportDocument, Sanction, SanctionStatus } from "@report/data";
import { contextOf, entityName } from "./context.ts";
import { afterWords, whenWords } from "./dates.ts";
import { sanctionStatusLabel } from "./labels.ts";
import { eventSentence, sanctionStepWords } from "./sentences.ts";
import { capitalize, listWords } from "./words.ts";

/** One change of a sanction, as a step of its chain: "The suspension was extended in November 2009". */
export interface SanctionStep {
  /** The event that made the change. */
  eventId: string;
  status: SanctionStatus;
  /** The state after the step, in words: "in force", "suspended". */
  state: string;
  /** The step in words, as the text words it: "Increased existing sanctions on the regime in 2007 and 2008", "The suspension was extended in November 2009". */
  text: string;
  /** When, with its preposition, or the event it followed: "in November 2009", "after the release of …". */
  when?: string | undefined;
  /** The event's sentence: "United States extended the suspension of sanctions on … in November 2009". */
  sentence: string;
  /** For a step of the larger set of sanctions this one is part of: that set's name ("sanctions on the regime"). */
  from?: string | undefined;
  /** The words that state the change. */
  evidence: Evidence;
}

/** A sanction's whole chain in words: who imposed it on whom, its state now, its steps and its conditions. */
export interface SanctionChain {
  id: string;
  /** "Sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim". */
  name: string;
  /** "United States". */
  authority: string;
  /** "two subsidiaries of state-owned petrochemical conglomerate Belneftekhim". */
  targets: string;
  /** Its state now: "suspended". */
  state: string;
  /** The steps in order, those of the sanctions it is part of first. */
  steps: SanctionStep[];
  /** What further action depends on, as printed, with where it is stated. */
  conditions: { text: string; from?: string | undefined; evidence: Evidence }[];
}

/** The chain of one sanction, from `sanctions()` of @report/data (which follows `partOf`). */
export function sanctionChain(doc: ReportDocument, s: Sanction): SanctionChain {
  const { index } = contextOf(doc);
  const view = index.sanctions().find((x) => x.id === s.id);
  const nameOf = (id?: string) => (id ? index.sanctions().find((x) => x.id === id)?.name : undefined);
  const steps = (view?.history ?? []).map((h): SanctionStep => {
    const when = h.event.date ? whenWords(h.event.date.edtf) : afterWords(doc, h.event);
    return {
      eventId: h.event.id,
      status: h.status,
      state: sanctionStatusLabel(h.status),
      text: capitalize(sanctionStepWords(doc, h.statusWord, h.event)),
      when,
      sentence: eventSentence(doc, h.event),
      from: nameOf(h.from),
      evidence: h.event.evidence[0] as Evidence,
    };
  });
  return {
    id: s.id,
    name: capitalize(s.name),
    authority: entityName(doc, s.authority),
    targets: listWords(s.targets.map((id) => entityName(doc, id))),
    state: sanctionStatusLabel(s.status),
    steps,
    conditions: (view?.conditions ?? []).map((c) => ({
      text: capitalize(c.evidence.quote),
      from: nameOf(c.from),
      evidence: c.evidence,
    })),
  };
}
