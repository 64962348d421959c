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
  /** `covers` for the year of a document's name ("the 2009 Country Reports"): never an event's date. */
  role: "occurred" | "in-force-from" | "covers";
  /** A word EDTF cannot hold, kept as printed: "early", "mid", "spring", "fiscal year" … */
  qualifier?: string;
  /** For `covers`: the document whose name the year is part of. */
  of?: string;
}

export type QuantityCandidate = Found & { unit: string; counts: string } & (
    | { type: "count"; value: number }
    | { type: "range"; min: number; max: number }
    | { type: "money"; value: number; currency: string }
  );

/**
 * Where an actor candidate comes from, which sets its confidence: `context` for words that refer
 * to an actor named elsewhere ("the government", "the Embassy"), `counted` for the people or
 * bodies an event's counted object names ("three journalists").
 */
export type ActorSource =
  | "iso-3166"
  | "international-body"
  | "us-body"
  | "government"
  | "context"
  | "counted"
  | "capitalised";

/** A person: the data has no kind for one (it records the post a person holds), so only REVIEW.md lists them. */
export type ActorKind = EntityKind | "person";

export interface ActorCandidate extends Found {
  /** The entity it names: a slug shared by every mention of the same actor. */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2, lower case, for countries. */
  country?: string;
  source: ActorSource;
  confidence: number;
  /** The country it belongs to, and how that is known (the words themselves, or a reference). */
  partOf?: { id: string; external?: string };
  /** For a counted group ("three journalists"): the count, which the group's entity holds. */
  quantity?: QuantityCandidate;
}

export interface EventCandidate extends Found {
  type: EventType;
  /** The words that made it a candidate ("met", "imposed new sanctions"). */
  cue: Span;
  /** Empty when the words do not make the agent plain; `problem` then says why. */
  agents: string[];
  targets: string[];
  place?: string;
  date?: DateCandidate;
  aspect: "completed" | "ongoing";
  /** Set when the agent is not in the sentence's words. */
  impliedAgent: boolean;
  confidence: number;
  /** Why the heuristics cannot make it a record: its subject is not an actor they can name … */
  problem?: string;
}

export interface DefectCandidate extends Found {
  kind: "missing-link-target" | "stray-markup" | "control-character";
  description: string;
}
