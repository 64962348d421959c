import type { Relation } from "@report/data";
import { relationTypeLabel } from "@report/view";
import Link from "next/link";
import { entityName } from "../lib/report.ts";
import { EvidenceQuote } from "./Text.tsx";

function End({ id, self }: { id: string; self: string }) {
  return id === self ? <span>{entityName(id)}</span> : <Link href={`/entities/${id}`}>{entityName(id)}</Link>;
}

/** Relations of one entity, each as "source verb target" with its qualifiers as printed and its evidence. */
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
                <End id={r.source} self={self} /> <em className="verb">{relationTypeLabel(r.type)}</em>{" "}
                <End id={r.target} self={self} />
                {r.qualifiers.length > 0 ? (
                  <>
                    {" "}
                    — as printed: <strong className="status-word">{r.qualifiers.map((q) => q.word).join(", ")}</strong>
                  </>
                ) : null}
              </p>
              {r.evidence.map((ev) => (
                <EvidenceQuote key={`${ev.start}-${ev.end}`} ev={ev} />
              ))}
              {r.external ? <p className="fact-basis">Known from outside the text: {r.external.source}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
