import data from "../data/report.json" with { type: "json" };
import { indexReport } from "./query.ts";
import type { ReportDocument } from "./schemas/report.ts";

export { type DatePrecision, datePrecision, edtfBounds, edtfOverlaps } from "./dates.ts";
export {
  type AnyRecord,
  type EventFilter,
  type Involvement,
  indexReport,
  type ReportIndex,
  type SanctionChange,
  type SanctionView,
  type TimelineItem,
} from "./query.ts";
export type * from "./schemas/entity.ts";
export type * from "./schemas/event.ts";
export type * from "./schemas/evidence.ts";
export type * from "./schemas/metadata.ts";
export type * from "./schemas/relation.ts";
export type * from "./schemas/report.ts";
export type * from "./schemas/restriction.ts";
export type * from "./schemas/sanction.ts";
export type * from "./schemas/source.ts";
export type * from "./schemas/strategy.ts";
export type * from "./schemas/structure.ts";
export type * from "./schemas/values.ts";
export * from "./vocabulary.ts";

/**
 * The whole report. Validated against the schema when the package is built (and in its tests),
 * so importing it costs no validation and needs no fs or network.
 */
export const report: ReportDocument = data as ReportDocument;
/** Actors and things: countries, public bodies, organizations, missions, posts, groups, places, documents, programs. */
export const entities = report.entities;
/** Lasting ties between entities (part-of, member-of, cooperates-with …). */
export const relations = report.relations;
/** The version of this data: the package version that built it. */
export const dataVersion = report.dataVersion;

const index = indexReport(report);
export const getEntity = index.getEntity;
export const getRelation = index.getRelation;
export const getEvent = index.getEvent;
export const getRecord = index.getRecord;
export const relationsOf = index.relationsOf;
export const entitiesOfKind = index.entitiesOfKind;
export const getParagraph = index.getParagraph;
export const getSentence = index.getSentence;
export const textOf = index.textOf;
/**
 * Events in text order, filtered by type, agent, target or date range.
 * @example events({ type: "meet", from: "2009", to: "2009" }) // the June and August 2009 meetings
 */
export const events = index.events;
/**
 * Every sanction with authority, targets, status and its whole history.
 * @example sanctions().filter((s) => s.status === "suspended") // the Belneftekhim subsidiaries
 */
export const sanctions = index.sanctions;
/**
 * Every restriction with authority, targets, limit and date.
 * @example restrictions().find((r) => r.targets.includes("embassy-minsk"))?.limit // 5 diplomats
 */
export const restrictions = index.restrictions;
/**
 * The assistance strategy: owner, adopted, and its priority areas with sub-goals.
 * @example strategy()?.priorityAreas.map((a) => a.name)
 */
export const strategy = index.strategy;
export const strategies = index.strategies;
/**
 * Every dated record once, in order.
 * @example timeline().map((t) => [t.date?.edtf ?? `after ${t.after}`, t.id])
 */
export const timeline = index.timeline;
/** Everything an entity takes part in: events, sanctions, restrictions, strategies, programs, relations. */
export const involving = index.involving;
