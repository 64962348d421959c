import type { MetadataValue } from "@report/data";
import { linkParts } from "@report/view";
import type { SiteDocument } from "../lib/documents.ts";
import { readerHref } from "../lib/highlight.ts";

/** Text with the web addresses in it as links. */
export function Linked({ text }: { text: string }) {
  return linkParts(text).map((p, i) =>
    p.type === "url" ? (
      <a key={`${i}-${p.href}`} href={p.href} rel="noreferrer">
        {p.text}
      </a>
    ) : (
      <span key={`${i}-t`}>{p.text}</span>
    ),
  );
}

/** One metadata value with its basis: the words that state it, or the outside source it comes from. */
export function MetadataValueView({ d, label, value }: { d: SiteDocument; label: string; value: MetadataValue }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        <span className="fact-value">
          {/^https?:\/\//.test(value.value) ? <Linked text={value.value} /> : value.value}
        </span>{" "}
        <span className={`basis basis-${value.basis}`}>{value.basis}</span>
        {value.basis === "stated" ? (
          <span className="fact-basis">
            {" "}
            stated in{" "}
            {value.evidence.map((ev, i) => (
              <span key={ev.start}>
                {i > 0 ? ", " : ""}
                <a href={readerHref(d, ev, ev.sentenceIds[0] ?? ev.paragraphId)}>“{ev.quote}”</a>
              </span>
            ))}
          </span>
        ) : (
          <span className="fact-basis">
            {" "}
            Source: <Linked text={value.source} />
          </span>
        )}
      </dd>
    </div>
  );
}
