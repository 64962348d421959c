import type { Relation } from "@report/data";
import Link from "next/link";
import { entityName } from "../lib/report.ts";
import { DateList } from "./Dates.tsx";
import { EvidenceQuote } from "./Text.tsx";

export const verb = (type: string) => type.replace(/-/g, " ");

function End({ id, self }: { id: string; self: string }) {
  return id === self ? <span>{entityName(id)}</span> : <Link href={`/entities/${id}`}>{entityName(id)}</Link>;
}

/** Relations of one entity, each as "source verb target" with status, dates and evidence. */
export function RelationList({ title, relations, self }: { title: string; relations: Relation[]; self: string }) {
  return (
    <>
      <h3>
        {title} <span className="count">({relations.length})</span>
      </h3>
      {relations.length === 0 ? (
        <p className="empty">None recorded.</p>
      ) : (
        <ul className="relation-list">
          {relations.map((r) => (
            <li key={r.id} id={r.id}>
              <p className="relation">
                <End id={r.source} self={self} /> <em className="verb">{verb(r.type)}</em>{" "}
                <End id={r.target} self={self} />
                {r.status ? (
                  <>
                    {" "}
                    — status: <strong className="status-word">{r.status.word}</strong>
                  </>
                ) : null}
              </p>
              {r.dates.length > 0 ? <DateList dates={r.dates} /> : null}
              {r.evidence.map((ev) => (
                <EvidenceQuote key={`${ev.start}-${ev.end}`} ev={ev} />
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
