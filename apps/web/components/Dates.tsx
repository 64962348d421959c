import type { DateValue } from "@report/data";
import { datePrecision } from "@report/data";
import { dateRoleLabel, dateWords, precisionWords } from "@report/view";
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

export function DateList({ dates }: { dates: DateValue[] }) {
  return (
    <ul className="date-list">
      {dates.map((d) => {
        const anchor = d.evidence.sentenceIds[0] ?? d.evidence.paragraphId;
        return (
          <li key={`${d.edtf}-${d.evidence.start}`}>
            <strong>{dateRoleLabel(d.role)}</strong>: <EdtfDate edtf={d.edtf} />{" "}
            <span className="precision">
              (precision: {precisionWords(d.edtf)}; EDTF <code>{d.edtf}</code>)
            </span>{" "}
            — “<a href={readerHref(d.evidence, anchor)}>{d.evidence.quote}</a>”
          </li>
        );
      })}
    </ul>
  );
}
