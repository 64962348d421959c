// @report/view: the one place where records of @report/data become words. Pure functions over a
// ReportDocument, with no framework: the website renders their output as JSX, the terminal UI as Ink.

export { type SanctionChain, type SanctionStep, sanctionChain } from "./chain.ts";
export {
  type ContentsEntry,
  type ContentsPart,
  paragraphNumber,
  paragraphOpening,
  readerContents,
} from "./contents.ts";
export { entityName, type RecordKind, type TypedRecord, typedRecord } from "./context.ts";
export { afterWords, datedWords, dateWords, eventWhen, precisionWords, whenWords } from "./dates.ts";
export {
  type DocumentWords,
  documentWords,
  noRecordsWords,
  type StrategyWords,
  strategyWords,
} from "./document-words.ts";
export {
  type EventFilterOptions,
  eventFilterOptions,
  eventsByActor,
  eventsFilterWords,
  eventYears,
  type FilterOption,
  filterEvents,
  isEventType,
} from "./events-index.ts";
export { type EvidenceGroup, evidenceGroups } from "./evidence-groups.ts";
export { eventFacts, type Fact } from "./facts.ts";
export { type KeyFact, keyFacts } from "./key-facts.ts";
export {
  dateRoleLabel,
  defectKindLabel,
  ENTITY_KIND_LIST,
  eventTypeLabel,
  evidenceLabel,
  isEntityKind,
  kindLabel,
  METADATA_FIELDS,
  paragraphLabel,
  passage,
  propertyLabel,
  qualifierKindLabel,
  recordKindLabel,
  relationTypeLabel,
  restrictionTypeLabel,
  sanctionStatusLabel,
  sentenceLabel,
} from "./labels.ts";
export { type LinkPart, linkParts } from "./link-parts.ts";
export { type EventsFilter, eventsPath, passagePath, recordPath, sourcePath } from "./links.ts";
export { entitiesNamedIn, type Mention, mentionSpans, mentionsIn, mentionsOf, quoteInContext } from "./mentions.ts";
export {
  type ActorNetwork,
  actorNetwork,
  eventVerb,
  type NetworkEdge,
  type NetworkNode,
  type SentencePart,
} from "./network.ts";
export { type EntityRoles, entityRoles, entitySummary } from "./profile.ts";
export { countWords, numberWords, pluralOf, quantityWords } from "./quantity.ts";
export {
  type Coverage,
  coverageWords,
  type DocumentSummary,
  documentCoverage,
  documentLine,
  documentSummary,
  documentsWords,
  draftBanner,
  draftBannerText,
  percentWords,
  STATUS_LABELS,
  statedValue,
  toConfirmWords,
} from "./report-summary.ts";
export { type Layer, type MarkedSpan, pairSpans, type Segment, segments } from "./segments.ts";
export { textSelectors, webAnnotation } from "./selector.ts";
export {
  actorWords,
  entitySentence,
  eventSentence,
  IMPLIED_WORDS,
  recordSentence,
  recordTitle,
  relationSentence,
  restrictionSentence,
  type SentenceOptions,
  sanctionHistoryWords,
  sanctionSentence,
  sanctionStepWords,
  strategySentence,
} from "./sentences.ts";
export { type TimelineEntry, timelineByYear, timelineEntries } from "./timeline.ts";
export { type TimelineAxis, type TimelineMark, timelineAxis } from "./timeline-axis.ts";
export { alternativesWords, capitalize, listParts, listWords } from "./words.ts";
