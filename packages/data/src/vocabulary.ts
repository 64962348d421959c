// The controlled vocabulary of the data: every entity kind, event type, relation type and the
// smaller lists, each with a label, a description and its mapping to a vocabulary other tools
// read (FollowTheMoney, CAMEO). Plain constants, so `@report/data` exports them without zod.

/** Where the CAMEO codes and labels come from (never invented here). */
export const CAMEO_CODEBOOK =
  "CAMEO Conflict and Mediation Event Observations, Event and Actor Codebook, version 1.1b3 (P. A. Schrodt, March 2012), http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf";
/** Where the FollowTheMoney schema and property names come from. */
export const FTM_MODEL = "FollowTheMoney data model, https://followthemoney.tech/explorer/";
/** Where country codes come from. */
export const ISO_3166 = "ISO 3166-1 alpha-2 country codes, https://www.iso.org/iso-3166-country-codes.html";

interface Term {
  label: string;
  description: string;
}
/** A FollowTheMoney schema, or none with the reason why none fits. */
type FtmSchema = { ftm: string; ftmNote?: string } | { ftm: null; ftmNote: string };
/** A CAMEO event code and its label, exactly as the codebook prints them. */
export interface Cameo {
  code: string;
  label: string;
}

export const ENTITY_KINDS = {
  country: {
    label: "Country",
    description: "A sovereign state, named by the report and identified by its ISO 3166-1 alpha-2 code.",
    ftm: null,
    ftmNote:
      "FollowTheMoney treats a country as a property value (its ISO code in `country` or `jurisdiction`), not as an entity.",
  },
  "public-body": {
    label: "Public body",
    description: "A government, a government commission or bureau: a body of a state.",
    ftm: "PublicBody",
  },
  organization: {
    label: "Organization",
    description: "An international or non-governmental organization, such as the EU or the OSCE.",
    ftm: "Organization",
  },
  company: { label: "Company", description: "A business, including state-owned ones.", ftm: "Company" },
  mission: {
    label: "Diplomatic mission",
    description: "An embassy or a country's mission abroad.",
    ftm: "PublicBody",
    ftmNote: "FollowTheMoney has no mission schema; a mission is a public body of the state it represents.",
  },
  post: {
    label: "Post",
    description: "An office held by a person, such as an Assistant Secretary of State (Popolo's Post).",
    ftm: "Position",
  },
  group: {
    label: "Group",
    description:
      "A collective the report describes without naming a body: opposition leaders, journalists, NGOs, neighboring countries, a delegation.",
    ftm: "LegalEntity",
    ftmNote:
      "FtM has no schema for a described collective; LegalEntity, its most general party, lets events, sanctions and memberships point at the group. The export marks it with `classification: group`.",
  },
  place: { label: "Place", description: "A city or other location.", ftm: "Address" },
  document: {
    label: "Document",
    description: "A report or publication the text names.",
    ftm: "Article",
    ftmNote:
      "FtM's Document is a file (it requires a file name); Article is a piece of media reporting about a subject.",
  },
  program: {
    label: "Program",
    description: "A planned or ongoing activity with its agents, targets and purpose.",
    ftm: "Project",
  },
} as const satisfies Record<string, Term & FtmSchema>;

export const EVENT_TYPES = {
  "make-statement": {
    label: "Statement",
    description: "A public statement or diplomatic assertion.",
    cameo: { code: "010", label: "Make statement, not specified below" },
  },
  "symbolic-act": {
    label: "Symbolic act",
    description: "An act meant to show support or disapproval, such as attending a trial.",
    cameo: { code: "017", label: "Engage in symbolic act" },
  },
  meet: {
    label: "Meeting",
    description: "A meeting or consultation.",
    cameo: { code: "040", label: "Consult, not specified below" },
  },
  "diplomatic-cooperation": {
    label: "Diplomatic cooperation",
    description: "Engagement with another government in areas of common interest.",
    cameo: { code: "050", label: "Engage in diplomatic cooperation, not specified below" },
  },
  "provide-aid": {
    label: "Aid",
    description: "Support for programs, exchanges or efforts.",
    cameo: { code: "070", label: "Provide aid, not specified below" },
  },
  "provide-economic-aid": {
    label: "Funding",
    description: "Money given for programs.",
    cameo: { code: "071", label: "Provide economic aid" },
  },
  "provide-humanitarian-aid": {
    label: "Humanitarian aid",
    description: "Humanitarian supplies or their transport.",
    cameo: { code: "073", label: "Provide humanitarian aid" },
  },
  "release-persons": {
    label: "Release",
    description: "The release of prisoners.",
    cameo: { code: "0841", label: "Return, release person(s)" },
  },
  "ease-sanctions": {
    label: "Sanctions eased",
    description: "Sanctions suspended, or a suspension extended.",
    cameo: { code: "085", label: "Ease economic sanctions, boycott, embargo" },
  },
  "investigate-abuses": {
    label: "Monitoring",
    description: "Monitoring and reporting on human rights abuses.",
    cameo: { code: "092", label: "Investigate human rights abuses" },
  },
  "demand-rights": {
    label: "Demand",
    description: "A demand that a government take human rights steps.",
    cameo: { code: "1043", label: "Demand rights" },
  },
  criticize: {
    label: "Condemnation",
    description: "Public criticism or condemnation.",
    cameo: { code: "111", label: "Criticize or denounce" },
  },
  "stop-aid": {
    label: "Aid denied",
    description: "Assistance denied or stopped.",
    cameo: { code: "162", label: "Reduce or stop material aid, not specified below" },
  },
  "impose-sanctions": {
    label: "Sanctions imposed",
    description: "Sanctions imposed or increased.",
    cameo: { code: "163", label: "Impose embargo, boycott, or sanctions" },
  },
  coerce: {
    label: "Coercion",
    description: "Attacks and pressure by a government on groups and outlets.",
    cameo: { code: "170", label: "Coerce, not specified below" },
  },
  "legal-action": {
    label: "Trials",
    description: "Arrests, charges or trials.",
    cameo: { code: "173", label: "Arrest, detain, or charge with legal action" },
  },
} as const satisfies Record<string, Term & { cameo: Cameo }>;

export const RESTRICTION_TYPES = {
  diplomatic: {
    label: "Diplomatic limit",
    description: "A limit on another state's diplomatic presence, such as a cap on an embassy's staff.",
    cameo: { code: "161", label: "Reduce or break diplomatic relations" },
  },
  "political-freedoms": {
    label: "Restriction on freedoms",
    description: "A restriction on travel, media, the Internet or the flow of information.",
    cameo: { code: "1721", label: "Impose restrictions on political freedoms" },
  },
} as const satisfies Record<string, Term & { cameo: Cameo }>;

/** How a relation type maps to FollowTheMoney: an edge schema (with its ends), or a property. */
type FtmMapping =
  | { schema: string; source: string; target: string; role?: string }
  | { property: string; on: "source" }
  | { schema: string; source: string; target: string; role?: string; whenTargetIsCountry: string };

export const RELATION_TYPES = {
  "part-of": {
    label: "part of",
    description: "A body, mission, post or group that belongs to a larger body or to a country.",
    ftm: { schema: "Membership", source: "member", target: "organization", whenTargetIsCountry: "jurisdiction" },
  },
  "member-of": {
    label: "member of",
    description: "People who belong to a body or a country's service.",
    ftm: { schema: "Membership", source: "member", target: "organization", whenTargetIsCountry: "jurisdiction" },
  },
  "subsidiary-of": {
    label: "subsidiary of",
    description: "A company owned by another.",
    ftm: { schema: "Ownership", source: "asset", target: "owner" },
  },
  leads: {
    label: "leads",
    description: "People who lead a delegation or body.",
    ftm: { schema: "Membership", source: "member", target: "organization", role: "leads" },
  },
  "located-in": {
    label: "located in",
    description: "Where a body or place is.",
    ftm: { property: "country", on: "source" },
  },
  "coordinates-with": {
    label: "coordinates with",
    description: "Policy coordination between governments or organizations.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "coordinates with" },
  },
  "cooperates-with": {
    label: "cooperates with",
    description: "Lasting cooperation between actors.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "cooperates with" },
  },
  "shares-views-with": {
    label: "shares the views of",
    description: "An actor that shares another's view of a problem.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "shares views with" },
  },
  "engages-with": {
    label: "engages with",
    description: "A government's standing contact with officials of another.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "engages with" },
  },
  "has-diplomatic-relations-with": {
    label: "has diplomatic relations with",
    description: "Diplomatic relations between two states.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "diplomatic relations" },
  },
  "partner-of": {
    label: "partner of",
    description: "A body that has accepted another as a partner.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "partner" },
  },
  "participates-in": {
    label: "takes part in",
    description: "An actor that takes part in a program, for example as a donor.",
    ftm: { schema: "ProjectParticipant", source: "participant", target: "project" },
  },
  "issued-by": {
    label: "issued by",
    description: "The body that issued a document.",
    ftm: { property: "publisher", on: "source" },
  },
  "refers-to": {
    label: "refers to",
    description: "A document that points the reader to another.",
    ftm: { schema: "UnknownLink", source: "subject", target: "object", role: "refers to" },
  },
  "reports-on": {
    label: "reports on",
    description: "The country a document reports on.",
    ftm: { property: "country", on: "source" },
  },
} as const satisfies Record<string, Term & { ftm: FtmMapping }>;

/** What a qualifier says about its record: "closely" is a manner, "regular" a frequency. */
export const QUALIFIER_KINDS = {
  manner: { label: "manner", description: "How it is done: closely, selectively, publicly, formally." },
  frequency: { label: "frequency", description: "How often: regular, at every opportunity." },
  level: { label: "level", description: "At what level: at senior levels, at the assistant secretary level." },
  extent: { label: "extent", description: "How far: most of, effectively." },
  trend: { label: "trend", description: "Which way it moves: ever-tightening, increasingly." },
  scope: { label: "scope", description: "What it covers: direct, non-humanitarian; with a particular focus on." },
  examples: { label: "examples", description: "A list of examples, not a complete list: such as." },
  evaluation: { label: "evaluation", description: "The report's judgement: close and effective throughout." },
  rank: { label: "rank", description: "Its standing: principal, key, a priority, the first." },
  continuity: { label: "continuity", description: "Whether it goes on: continues, continued, new." },
  role: { label: "role", description: "The part an actor plays: donated." },
  part: { label: "part", description: "Which part of a period a date means: early, mid, late, a season." },
} as const satisfies Record<string, Term>;

/** What a date marks. Each date is stored once, on the record it dates. */
export const DATE_ROLES = {
  occurred: { label: "occurred", description: "When an event happened." },
  "in-force-from": { label: "in force from", description: "Since when a restriction or status has held." },
  adopted: { label: "adopted", description: "When a strategy or policy was adopted." },
  published: { label: "published", description: "When a document was published." },
  covers: { label: "covers", description: "The period a document covers." },
} as const satisfies Record<string, Term>;

/** The state of a sanction; the printed word stays beside it as `statusWord`. */
export const SANCTION_STATUSES = {
  "in-force": { label: "in force", description: "Imposed or increased, and not suspended." },
  suspended: { label: "suspended", description: "Suspended, not lifted: it can be restored." },
  lifted: { label: "lifted", description: "Ended by the authority." },
  expired: { label: "expired", description: "Ended by its own terms." },
} as const satisfies Record<string, Term>;

/** Named properties the text states about an entity, and the FtM property each fills. */
export const PROPERTY_NAMES = {
  ownership: { label: "ownership", description: "Who owns it: state-owned.", ftm: "classification" },
  sector: { label: "sector", description: "Its line of business.", ftm: "sector" },
  funding: { label: "funding", description: "Where its money comes from: foreign-funded.", ftm: "notes" },
} as const satisfies Record<string, Term & { ftm: string }>;

/** Fields that come from reading the sentence rather than from its words (passive voice, "following"). */
export const IMPLIED_FIELDS = ["agents", "targets", "authority", "partOf"] as const;

/** Kinds of source defects: recorded as data, never repaired. */
export const DEFECT_KINDS = {
  "missing-link-target": { label: "missing link target", description: "A link whose target was lost." },
  grammar: { label: "grammar", description: "A grammatical slip in the printed text, kept as printed." },
  "stray-markup": { label: "stray markup", description: "HTML or other markup left in the text." },
  "control-character": { label: "control character", description: "A control character in the text." },
} as const satisfies Record<string, Term>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export type RestrictionType = keyof typeof RESTRICTION_TYPES;
export type QualifierKind = keyof typeof QUALIFIER_KINDS;
export type DateRole = keyof typeof DATE_ROLES;
export type PropertyName = keyof typeof PROPERTY_NAMES;
export type DefectKind = keyof typeof DEFECT_KINDS;

/** Every term of the data in one object: what `vocabulary` exports. */
export const vocabulary = {
  sources: { cameo: CAMEO_CODEBOOK, ftm: FTM_MODEL, iso3166: ISO_3166 },
  entityKinds: ENTITY_KINDS,
  eventTypes: EVENT_TYPES,
  restrictionTypes: RESTRICTION_TYPES,
  relationTypes: RELATION_TYPES,
  qualifierKinds: QUALIFIER_KINDS,
  dateRoles: DATE_ROLES,
  sanctionStatuses: SANCTION_STATUSES,
  propertyNames: PROPERTY_NAMES,
  defectKinds: DEFECT_KINDS,
} as const;
