import type { Metadata } from "next";
import Link from "next/link";
import { EdtfDate } from "../../components/Dates.tsx";
import { verb } from "../../components/Relations.tsx";
import { TableWrap } from "../../components/TableWrap.tsx";
import { actionRelations, sanctionEntities } from "../../lib/actions.ts";
import { readerHref } from "../../lib/highlight.ts";
import { withOpenGraph } from "../../lib/meta.ts";
import { entityName } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Actions & sanctions",
    description: "Who acted on whom in the report: actions, sanctions and restrictions, with status words as printed.",
    alternates: { canonical: "/actions" },
  });

const anchorOf = (ev: { sentenceIds: string[]; paragraphId: string }) => ev.sentenceIds[0] ?? ev.paragraphId;

export default function ActionsPage() {
  const rows = actionRelations();
  const sanctions = sanctionEntities();
  return (
    <>
      <h1>Actions &amp; sanctions</h1>
      <TableWrap label="Who acted on whom">
        <table>
          <caption>Who acted on whom ({rows.length} relations)</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Relation</th>
              <th scope="col">Acted on</th>
              <th scope="col">Status (as printed)</th>
              <th scope="col">Dates</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/entities/${r.source}`}>{entityName(r.source)}</Link>
                </td>
                <td>{verb(r.type)}</td>
                <td>
                  <Link href={`/entities/${r.target}`}>{entityName(r.target)}</Link>
                </td>
                <td>{r.status ? <strong className="status-word">{r.status.word}</strong> : "—"}</td>
                <td>{r.dates.length ? r.dates.map((d) => <EdtfDate key={d.edtf + d.role} edtf={d.edtf} />) : "—"}</td>
                <td>
                  {r.evidence[0] ? (
                    <a href={readerHref(r.evidence[0], anchorOf(r.evidence[0]))}>{anchorOf(r.evidence[0])}</a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <TableWrap label="Sanctions and restrictions">
        <table>
          <caption>Sanctions and restrictions ({sanctions.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Status (as printed)</th>
              <th scope="col">Dates</th>
            </tr>
          </thead>
          <tbody>
            {sanctions.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/entities/${e.id}`}>{e.name}</Link>
                </td>
                <td>{e.kind}</td>
                <td>{e.status ? <strong className="status-word">{e.status.word}</strong> : "—"}</td>
                <td>
                  {e.dates.length
                    ? e.dates.map((d) => (
                        <span key={d.edtf + d.role} className="date-role">
                          {d.role}: <EdtfDate edtf={d.edtf} />
                        </span>
                      ))
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
