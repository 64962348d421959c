import type { Metadata } from "next";
import { TableWrap } from "../components/TableWrap.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { dataFiles, formatBytes } from "../lib/files.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";

export const dataMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "Data",
    // The package publishes CSV tables and a Data Package too; a document of REPORT_DATA comes as itself.
    description: d.packaged
      ? "Download the report as JSON, CSV, JSON Schema, a Data Package, FollowTheMoney entities and the source text, with sizes and sha256."
      : "Download the report as JSON, its JSON Schema and the source text, with sizes and sha256.",
    alternates: { canonical: "/data" },
  });

export function DataPage({ d }: { d: SiteDocument }) {
  const files = dataFiles(d);
  const report = d.doc;
  const at = (path: string) => pathIn(d, path);
  return (
    <>
      <h1>Data</h1>
      <p>
        Everything on this site comes from these files, version <strong>{report.dataVersion}</strong> of the data. Check
        a download with <code>sha256sum FILE</code>.
      </p>
      <TableWrap label="Downloads">
        <table className="downloads">
          <caption>Downloads ({files.length} files)</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">What it is</th>
              <th scope="col">Size</th>
              <th scope="col">sha256</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.path}>
                <td>
                  <a href={at(`/downloads/${f.path}`)} download>
                    {f.path}
                  </a>
                </td>
                <td>{f.label}</td>
                <td>{formatBytes(f.bytes)}</td>
                <td>
                  <code className="hash">{f.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>JSON API</h2>
      <p>Static JSON, one file per resource:</p>
      <ul>
        <li>
          <a href={at("/api/report.json")}>{at("/api/report.json")}</a>: the whole report document (
          {report.entities.length} entities, {report.events.length} events, {report.sanctions.length} sanctions,{" "}
          {report.restrictions.length} restrictions, {report.strategies.length} strategies, {report.relations.length}{" "}
          relations).
        </li>
        <li>
          <code>{at("/api/entities/ID.json")}</code>: one entity with its relations in both directions, for example{" "}
          {report.entities[0] ? (
            <a href={at(`/api/entities/${report.entities[0].id}.json`)}>
              {at(`/api/entities/${report.entities[0].id}.json`)}
            </a>
          ) : null}
          .
        </li>
      </ul>
    </>
  );
}
