import { capitalize, defectKindLabel, METADATA_FIELDS, paragraphNumber, statedValue } from "@report/view";
import { WHOLE_REPORT } from "@report/view/cite";
import type { Metadata } from "next";
import Link from "next/link";
import { MetadataValueView } from "../components/MetadataValue.tsx";
import { EvidenceQuote } from "../components/Text.tsx";
import { citationsFor } from "../lib/cite.ts";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";
import { Format } from "./cite.tsx";

export const aboutMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "About",
    description: "How the data is made, what is stated and what is external, the source's defects, and how to cite.",
    alternates: { canonical: "/about" },
  });

export function AboutPage({ d }: { d: SiteDocument }) {
  const report = d.doc;
  const { metadata } = report;
  const rights = statedValue(metadata.rights);
  const original = statedValue(metadata.originalUrl);
  // The passage the example links to: the first numbered paragraph.
  const first = report.structure.paragraphs.find((p) => p.role === "body");
  const whole = citationsFor(d, WHOLE_REPORT);
  return (
    <>
      <h1>About this data</h1>
      <section aria-labelledby="how">
        <h2 id="how">How the data is made</h2>
        <p>
          The source is the plain text of the report ({report.source.bytes.toLocaleString("en-US")} bytes,{" "}
          {report.source.encoding}, sha256 <code className="hash">{report.source.sha256}</code>), kept byte for byte.
          Curators write entities, events, sanctions, restrictions, strategies and relations, each with quotes of that
          text; a build step finds each quote in the text, records its position (UTF-16 offsets, start inclusive, end
          exclusive), validates everything against one schema and refuses to publish if any quote does not match.
          Nothing on this site is paraphrased: every fact links to the words that state it.
        </p>
      </section>
      <section aria-labelledby="basis">
        <h2 id="basis">Where each fact about the report comes from</h2>
        <p>
          A <span className="basis basis-stated">stated</span> value is printed in the report, and comes with the quote
          that states it. An <span className="basis basis-external">external</span> value (for example the title, the
          edition year, the period covered) is not printed in the text; it comes from outside, and its source is given.
        </p>
        <details className="provenance">
          <summary>The report’s title, publisher, dates and rights, with their sources</summary>
          <dl className="facts">
            {METADATA_FIELDS.map((f) => (
              <MetadataValueView key={f.key} d={d} label={f.label} value={metadata[f.key]} />
            ))}
          </dl>
        </details>
      </section>
      <section aria-labelledby="defects">
        <h2 id="defects">Source defects</h2>
        <p>Flaws of the source are recorded as data and never repaired in the text:</p>
        {report.defects.map((defect) => (
          <div key={defect.id} className="defect-entry" id={defect.id}>
            <h3>{capitalize(defectKindLabel(defect.kind))}</h3>
            <p>{defect.description}</p>
            <EvidenceQuote d={d} ev={defect.evidence} />
          </div>
        ))}
      </section>
      <section aria-labelledby="version">
        <h2 id="version">Version and rights</h2>
        <p>
          Data version <strong>{report.dataVersion}</strong> (report id <code>{report.id}</code>, schema version{" "}
          {report.schemaVersion}).{rights ? ` ${rights}.` : null}
          {original ? (
            <>
              {" "}
              Original page:{" "}
              <a href={original} rel="noreferrer">
                {original}
              </a>
              .
            </>
          ) : null}
        </p>
      </section>
      <section aria-labelledby="cite">
        <h2 id="cite">How to cite</h2>
        {whole ? (
          <>
            <p>The report as a whole:</p>
            <Format id="apa" label="APA" text={whole.apa} level={3} />
            <Format id="chicago" label="Chicago (author-date)" text={whole.chicago} level={3} />
            <Format id="bibtex" label="BibTeX" text={whole.bibtex} level={3} />
          </>
        ) : null}
        <p>
          One paragraph or sentence: every paragraph and sentence in the <Link href={pathIn(d, "/read")}>reader</Link>{" "}
          has a “Cite” link giving APA and Chicago (with the paragraph as the locator), BibTeX, RIS and CSL-JSON, and a
          W3C Web Annotation selector that points at the exact characters, each with a copy button, and .bib and .ris
          files for a reference manager.
          {first ? (
            <>
              {" "}
              For example,{" "}
              <Link href={pathIn(d, `/cite/${first.id}`)}>{`cite paragraph ${paragraphNumber(report, first)}`}</Link>.
            </>
          ) : null}
        </p>
      </section>
    </>
  );
}
