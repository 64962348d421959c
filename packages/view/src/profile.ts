import type { Entity, Event, Relation, ReportDocument, Restriction, Sanction, Strategy } from "@report/data";
import { contextOf } from "./context.ts";
import { mentionSpans } from "./mentions.ts";
import { countWords } from "./quantity.ts";
import { capitalize, listWords } from "./words.ts";

/** The parts an entity plays in the report, each list in text order. */
export interface EntityRoles {
  /** Events it acts in (an agent). */
  acts: Event[];
  /** Events done to it (a target). */
  actedOn: Event[];
  /** Events done through it (an instrument). */
  through: Event[];
  /** Events that took place in it. */
  at: Event[];
  /** Sanctions it imposes, and sanctions on it. */
  imposes: Sanction[];
  sanctioned: Sanction[];
  /** Sanctions on its subsidiaries or parts (entities tied to it by "subsidiary of" or "part of"). */
  partsSanctioned: Sanction[];
  /** Restrictions it imposes, and restrictions on it. */
  restricts: Restriction[];
  restricted: Restriction[];
  strategies: Strategy[];
  /** Programs it runs or funds, and programs for it. */
  runs: Entity[];
  servedBy: Entity[];
  /** Lasting ties, from it and to it. */
  ties: Relation[];
  /** How many times the text names it (its names, aliases and context words). */
  mentions: number;
}

/** The ties that make another entity a part of this one. */
const PART_TIES = new Set(["subsidiary-of", "part-of"]);

/** Everything an entity does and has done to it, sorted by part. */
export function entityRoles(doc: ReportDocument, id: string): EntityRoles {
  const inv = contextOf(doc).index.involving(id);
  const parts = new Set(inv.relations.incoming.filter((r) => PART_TIES.has(r.type)).map((r) => r.source));
  return {
    acts: inv.events.filter((e) => e.agents.includes(id)),
    actedOn: inv.events.filter((e) => !e.agents.includes(id) && e.targets.includes(id)),
    through: inv.events.filter((e) => e.instruments.includes(id)),
    at: inv.events.filter((e) => e.place === id),
    imposes: inv.sanctions.filter((s) => s.authority === id),
    sanctioned: inv.sanctions.filter((s) => s.authority !== id),
    partsSanctioned: doc.sanctions.filter((s) => !s.targets.includes(id) && s.targets.some((t) => parts.has(t))),
    restricts: inv.restrictions.filter((r) => r.authority === id),
    restricted: inv.restrictions.filter((r) => r.authority !== id),
    strategies: inv.strategies,
    runs: inv.programs.filter((p) => p.kind === "program" && p.agents.includes(id)),
    servedBy: inv.programs.filter((p) => p.kind === "program" && p.targets.includes(id)),
    ties: [...inv.relations.outgoing, ...inv.relations.incoming],
    mentions: mentionSpans(doc).filter((m) => m.entityId === id).length,
  };
}

/**
 * An entity's part in the report in one sentence: "Acts in 14 events, is the target of one event and
 * imposes two sanctions." Empty when it takes part in nothing.
 */
export function entitySummary(roles: EntityRoles): string {
  const parts = [
    roles.acts.length > 0 ? `acts in ${countWords(roles.acts.length, "event")}` : "",
    roles.actedOn.length > 0 ? `is the target of ${countWords(roles.actedOn.length, "event")}` : "",
    roles.through.length > 0 ? `is the channel of ${countWords(roles.through.length, "event")}` : "",
    roles.at.length > 0 ? `is where ${countWords(roles.at.length, "event")} took place` : "",
    roles.imposes.length > 0 ? `imposes ${countWords(roles.imposes.length, "sanction")}` : "",
    roles.sanctioned.length > 0 ? `is under ${countWords(roles.sanctioned.length, "sanction")}` : "",
    roles.partsSanctioned.length > 0 ? `has parts under ${countWords(roles.partsSanctioned.length, "sanction")}` : "",
    roles.restricts.length > 0 ? `imposes ${countWords(roles.restricts.length, "restriction")}` : "",
    roles.restricted.length > 0 ? `is limited by ${countWords(roles.restricted.length, "restriction")}` : "",
    roles.strategies.length > 0 ? `appears in ${countWords(roles.strategies.length, "strategy")}` : "",
    roles.runs.length > 0 ? `runs or funds ${countWords(roles.runs.length, "program")}` : "",
    roles.servedBy.length > 0 ? `is served by ${countWords(roles.servedBy.length, "program")}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `${capitalize(listWords(parts))}.` : "";
}
