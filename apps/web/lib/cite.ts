import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import { CHICAGO_AUTHOR_DATE } from "./chicago-csl.ts";
import { getPassage, paragraphLabel, report, textOf } from "./report.ts";
import { absolute } from "./site.ts";

let registered = false;
function register() {
  if (registered) return;
  const csl = plugins.config.get("@csl") as unknown as { styles: { add(name: string, xml: string): void } };
  csl.styles.add("chicago-author-date", CHICAGO_AUTHOR_DATE);
  registered = true;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
  cslJson: string;
  annotation: string;
}

/** The CSL-JSON item for a paragraph or sentence of the report. */
export function cslItem(id: string): Record<string, unknown> | undefined {
  const passage = getPassage(id);
  if (!passage) return undefined;
  const m = report.metadata;
  const where =
    passage.kind === "paragraph"
      ? paragraphLabel(passage.item)
      : `sentence ${passage.item.id.split("-s").pop()} of ${passage.item.paragraphId}`;
  return {
    id: `${report.id}-${id}`,
    type: "report",
    title: m.title.value,
    "collection-title": m.series.value,
    author: [{ literal: `${m.publisher.value}, ${m.bureau.value}` }],
    publisher: m.publisher.value,
    issued: { "date-parts": [[Number(m.editionYear.value)]] },
    URL: m.originalUrl.value,
    note: `${where} (${id}); data version ${report.dataVersion}, ${absolute(`/read#${id}`)}`,
    language: "en",
  };
}

/** APA, Chicago, BibTeX and CSL-JSON for one passage, plus a W3C Web Annotation selector; server-side. */
export function citationsFor(id: string): Citations | undefined {
  const item = cslItem(id);
  const passage = getPassage(id);
  if (!item || !passage) return undefined;
  register();
  const cite = new Cite(item);
  const bib = (style: string) => String(cite.format("bibliography", { format: "text", style, lang: "en-US" })).trim();
  return {
    apa: bib("apa"),
    chicago: bib("chicago-author-date"),
    bibtex: String(cite.format("bibtex", { format: "text" })).trim(),
    cslJson: JSON.stringify([item], null, 2),
    annotation: JSON.stringify(annotationFor(id), null, 2),
  };
}

/** A W3C Web Annotation target for the passage: TextQuoteSelector and TextPositionSelector on the source. */
export function annotationFor(id: string): Record<string, unknown> | undefined {
  const passage = getPassage(id);
  if (!passage) return undefined;
  const { start, end } = passage.item;
  const text = report.source.text;
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    target: {
      source: absolute(`/downloads/${report.source.filename.split("/").pop() ?? "source.txt"}`),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: textOf(passage.item),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
        },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}
