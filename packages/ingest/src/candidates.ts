import type { EntityKind, EventType } from "@report/data/schema";

/** A `[start, end)` span of the source text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** What every candidate has: where its words are, and the sentence they are in. */
interface Found extends Span {
  sentenceId: string;
}

export interface DateCandidate extends Found {
  edtf: string;
  role: "occurred" | "in-force-from";
  /** A word EDTF cannot hold, kept as printed: "early", "mid", "spring" … */
  qualifier?: string;
}

export type QuantityCandidate = Found & { unit: string; counts: string } & (
    | { type: "count"; value: number }
    | { type: "range"; min: number; max: number }
    | { type: "money"; value: number; currency: string }
  );

/** Where an actor candidate comes from, which sets its confidence. */
export type ActorSource = "iso-3166" | "international-body" | "us-body" | "government" | "capitalised";

export interface ActorCandidate extends Found {
  /** The entity it names: a slug shared by every mention of the same actor. */
  id: string;
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-2, lower case, for countries. */
  country?: string;
  source: ActorSource;
  confidence: number;
  /** The country it belongs to, and how that is known (the words themselves, or a reference). */
  partOf?: { id: string; external?: string };
}

export interface EventCandidate extends Found {
  type: EventType;
  /** The words that made it a candidate ("met", "imposed new sanctions"). */
  cue: Span;
  agents: string[];
  targets: string[];
  place?: string;
  date?: DateCandidate;
  aspect: "completed" | "ongoing";
  /** Set when the agent is not in the sentence's words. */
  impliedAgent: boolean;
  confidence: number;
}

export interface DefectCandidate extends Found {
  kind: "missing-link-target" | "stray-markup" | "control-character";
  description: string;
}
