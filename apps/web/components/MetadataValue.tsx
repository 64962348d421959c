import type { MetadataValue } from "@report/data";
import { readerHref } from "../lib/highlight.ts";

/** One metadata value with its basis: the words that state it, or the outside source it comes from. */
export function MetadataValueView({ label, value }: { label: string; value: MetadataValue }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        <span className="fact-value">{value.value}</span>{" "}
        <span className={`basis basis-${value.basis}`}>{value.basis}</span>
        {value.basis === "stated" ? (
          <span className="fact-basis">
            {" "}
            stated in{" "}
            {value.evidence.map((ev, i) => (
              <span key={ev.start}>
                {i > 0 ? ", " : ""}
                <a href={readerHref(ev, ev.sentenceIds[0] ?? ev.paragraphId)}>“{ev.quote}”</a>
              </span>
            ))}
          </span>
        ) : (
          <span className="fact-basis"> Source: {value.source}</span>
        )}
      </dd>
    </div>
  );
}
