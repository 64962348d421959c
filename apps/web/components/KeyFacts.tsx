import type { KeyFact } from "@report/view";
import Link from "next/link";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { EvidenceLinks } from "./Evidence.tsx";

/** The report's answers as cards: the figure, what it is about, the detail, where it is shown and its words. */
export function KeyFacts({ d, facts }: { d: SiteDocument; facts: KeyFact[] }) {
  return (
    <ol className="key-facts">
      {facts.map((f) => (
        <li key={f.id} className="key-fact" id={f.id}>
          <p className="key-fact-kind">{f.kind}</p>
          <h3 className="key-fact-figure">
            {/* A filtered list is a page the proxy picks by its query: a full load, never a prefetched payload. */}
            {f.href.includes("?") ? (
              <a href={pathIn(d, f.href)}>{f.figure}</a>
            ) : (
              <Link href={pathIn(d, f.href)}>{f.figure}</Link>
            )}
          </h3>
          <p className="key-fact-title">{f.title}</p>
          <p className="key-fact-detail">{f.detail}</p>
          <p className="key-fact-evidence">
            In the report: <EvidenceLinks d={d} evidence={f.evidence} />
          </p>
        </li>
      ))}
    </ol>
  );
}
