import type { DateValue } from "@report/data";
import { datePrecision } from "@report/data";
import { dateRoleLabel, dateWords, precisionWords } from "@report/view";
import type { SiteDocument } from "../lib/documents.ts";
import { readerHref } from "../lib/highlight.ts";

/** A date in words; a plain year/month/day also gets a machine-readable <time>. */
export function EdtfDate({ edtf }: { edtf: string }) {
  const words = dateWords(edtf);
  const machine = /^\d{4}(-\d{2}){0,2}$/.test(edtf);
  return (
    <span className={`date date-${datePrecision(edtf)}`} data-edtf={edtf}>
      {machine ? <time dateTime={edtf}>{words}</time> : words}
    </span>
  );
}

export function DateList({ d, dates }: { d: SiteDocument; dates: DateValue[] }) {
  return (
    <ul className="date-list">
      {dates.map((v) => {
        const anchor = v.evidence.sentenceIds[0] ?? v.evidence.paragraphId;
        return (
          <li key={`${v.edtf}-${v.evidence.start}`}>
            <strong>{dateRoleLabel(v.role)}</strong>: <EdtfDate edtf={v.edtf} />{" "}
            <span className="precision">
              (precision: {precisionWords(v.edtf)}; EDTF <code>{v.edtf}</code>)
            </span>{" "}
            — “<a href={readerHref(d, v.evidence, anchor)}>{v.evidence.quote}</a>”
          </li>
        );
      })}
    </ul>
  );
}
