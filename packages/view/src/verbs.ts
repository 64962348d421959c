import type { EventType } from "@report/data";

/**
 * How an event type reads in a sentence: the verb in the past (what the text reports as done) and
 * present, third person singular (what goes on), what follows the verb before the targets, and what ends the phrase.
 */
export interface VerbPhrase {
  past: string;
  present: string;
  /** Words between the verb and the targets ("sanctions on", "assistance to"). */
  object?: string;
  /** Words after the targets ("on trial"). */
  tail?: string;
  /** The targets are the object: with no targets, the instruments take their place ("funds programs …"). */
  direct?: boolean;
}

export const EVENT_VERBS: Record<EventType, VerbPhrase> = {
  "make-statement": { past: "made statements", present: "makes statements", object: "to" },
  "symbolic-act": { past: "showed support for", present: "shows support for", direct: true },
  meet: { past: "met", present: "meets", direct: true },
  "diplomatic-cooperation": { past: "engaged with", present: "engages with", direct: true },
  "provide-aid": { past: "supported", present: "supports", direct: true },
  "provide-economic-aid": { past: "funded", present: "funds", direct: true },
  "provide-humanitarian-aid": { past: "provided humanitarian aid", present: "provides humanitarian aid", object: "to" },
  "release-persons": { past: "released", present: "releases", direct: true },
  "ease-sanctions": { past: "eased sanctions", present: "eases sanctions", object: "on" },
  "investigate-abuses": { past: "monitored abuses", present: "monitors abuses", object: "by" },
  "demand-rights": { past: "pressed", present: "presses", direct: true, tail: "on human rights" },
  criticize: { past: "condemned", present: "condemns", direct: true },
  "stop-aid": { past: "denied assistance", present: "denies assistance", object: "to" },
  "impose-sanctions": { past: "imposed sanctions", present: "imposes sanctions", object: "on" },
  coerce: { past: "attacked", present: "attacks", direct: true },
  "legal-action": { past: "put", present: "puts", direct: true, tail: "on trial" },
};

/**
 * Where the text prints a status word, it is the verb ("increased sanctions on", never a synonym);
 * "extended" for an easing extends the suspension.
 */
export const STATUS_VERBS: Partial<Record<EventType, Record<string, string>>> = {
  "impose-sanctions": { increased: "increased sanctions", imposed: "imposed sanctions" },
  "ease-sanctions": {
    suspended: "suspended sanctions",
    extended: "extended the suspension of sanctions",
    lifted: "lifted sanctions",
  },
};

/** The present for plural agents: "meets" → "meet", "presses" → "press", "denies" → "deny". */
export function pluralPresent(present: string): string {
  const [verb = "", ...rest] = present.split(" ");
  const plural = verb.endsWith("ies")
    ? `${verb.slice(0, -3)}y`
    : /(?:ss|sh|ch|x)es$/.test(verb)
      ? verb.slice(0, -2)
      : verb.replace(/s$/, "");
  return [plural, ...rest].join(" ");
}
