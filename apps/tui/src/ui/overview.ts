import { documentSummary, ENTITY_KIND_LIST, kindLabel, timelineEntries } from "@report/view";
import type { Model } from "../model.ts";
import { type Line, wrap } from "./text.ts";

/** What the report is and what is in it. */
export function overviewLines(m: Model, width: number): Line[] {
  const { metadata, structure, entities, events, sanctions, restrictions, relations } = m.report;
  const out: Line[] = [];
  const add = (text: string, tone?: "bold" | "dim" | "accent") => out.push(...wrap([{ text, tone }], width));
  // A draft's title may still be to fill in: the summary says so, with the document's id.
  add(documentSummary(m.report).title, "bold");
  add(`${metadata.bureau.value} · ${metadata.publisher.value}`, "dim");
  add(
    `Country: ${metadata.country.value} (${metadata.region.value}) · period covered: ${metadata.periodCovered.value}`,
  );
  out.push([]);
  add(
    `${structure.parts.length} parts · ${structure.paragraphs.length} paragraphs · ${structure.sentences.length} sentences · ${entities.length} entities · ${events.length} events · ${sanctions.length} sanctions · ${restrictions.length} restrictions · ${relations.length} relations · ${timelineEntries(m.report).length} dated records`,
    "accent",
  );
  out.push([]);
  const counts = ENTITY_KIND_LIST.map(
    (k) => [kindLabel(k), entities.filter((e) => e.kind === k).length] as const,
  ).filter(([, n]) => n > 0);
  const cells = counts.map(([k, n]) => `${String(n).padStart(3)} ${k}`.padEnd(26));
  const perLine = Math.max(1, Math.floor(width / 26));
  for (let i = 0; i < cells.length; i += perLine) out.push([{ text: cells.slice(i, i + perLine).join("") }]);
  out.push([]);
  add("Tab: next screen (3 Tab: screen 3) · / search · : go to an id · ? help · q quit", "dim");
  add(`data ${m.report.dataVersion} · ${m.report.id}`, "dim");
  return out;
}
