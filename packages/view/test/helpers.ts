import { type ReportDocument, report } from "@report/data";

/** The value, or a test failure naming what is missing. */
export function must<T>(value: T | undefined | null, what = "value"): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** A draft made from the report: its sanctions, restrictions, strategies and relations not yet written, three events unconfirmed. */
export const draft: ReportDocument = {
  ...report,
  id: "afdr-2010-belarus-draft",
  status: "draft",
  sanctions: [],
  restrictions: [],
  strategies: [],
  relations: [],
  events: report.events.map((e, i) => (i < 3 ? { ...e, draft: true, confidence: 0.5 } : e)),
};

/** A draft as `ingest` leaves it: every value the text does not state is to fill in, and only five events. */
export const fresh: ReportDocument = {
  ...draft,
  id: "fixture-draft",
  metadata: {
    ...report.metadata,
    title: { value: "to fill in", basis: "external", source: "to fill in: the archived page URL" },
    editionYear: { value: "to fill in", basis: "external", source: "to fill in: the archived page URL" },
    country: { value: "to fill in", basis: "external", source: "to fill in: the archived page URL" },
  },
  entities: [],
  events: report.events.slice(0, 5),
};
