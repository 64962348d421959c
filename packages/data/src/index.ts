import data from "../data/report.json" with { type: "json" };
import { indexReport } from "./query.ts";
import type { ReportDocument } from "./schemas/report.ts";

export { type DatePrecision, datePrecision, indexReport, type ReportIndex } from "./query.ts";
export type * from "./schemas/entity.ts";
export type * from "./schemas/evidence.ts";
export { ENTITY_KINDS, RELATION_TYPES } from "./schemas/kinds.ts";
export type * from "./schemas/metadata.ts";
export type * from "./schemas/relation.ts";
export type * from "./schemas/report.ts";
export type * from "./schemas/source.ts";
export type * from "./schemas/structure.ts";
export type * from "./schemas/values.ts";

/**
 * The whole report. Validated against the schema when the package is built (and in its tests),
 * so importing it costs no validation and needs no fs or network.
 */
export const report: ReportDocument = data as ReportDocument;
export const entities = report.entities;
export const relations = report.relations;
/** The version of this data: the package version that built it. */
export const dataVersion = report.dataVersion;

const index = indexReport(report);
export const getEntity = index.getEntity;
export const getRelation = index.getRelation;
export const relationsOf = index.relationsOf;
export const entitiesOfKind = index.entitiesOfKind;
export const getParagraph = index.getParagraph;
export const getSentence = index.getSentence;
export const textOf = index.textOf;
