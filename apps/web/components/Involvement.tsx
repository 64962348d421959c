import type { Involvement } from "@report/data";
import { eventSentence, recordPath, restrictionSentence, sanctionSentence, strategySentence } from "@report/view";
import Link from "next/link";
import { report } from "../lib/report.ts";
import { EvidenceLink } from "./Evidence.tsx";

/** What an entity takes part in: each event, sanction, restriction, strategy and program as one line, linked. */
export function InvolvementList({ involvement }: { involvement: Involvement }) {
  const rows = [
    ...involvement.events.map((e) => ({ id: e.id, words: eventSentence(report, e), ev: e.evidence[0] })),
    ...involvement.sanctions.map((s) => ({ id: s.id, words: sanctionSentence(report, s), ev: s.evidence[0] })),
    ...involvement.restrictions.map((r) => ({ id: r.id, words: restrictionSentence(report, r), ev: r.evidence[0] })),
    ...involvement.strategies.map((s) => ({ id: s.id, words: strategySentence(report, s), ev: s.evidence[0] })),
    ...involvement.programs.map((p) => ({ id: p.id, words: p.name, ev: p.evidence[0] })),
  ];
  if (rows.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <ul className="relation-list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link href={recordPath(report, r.id) ?? "/actions"}>{r.words}</Link> (<EvidenceLink ev={r.ev} />)
        </li>
      ))}
    </ul>
  );
}
