import type { ReportDocument } from "@report/data";
import { documentLine, documentSummary, draftBanner } from "@report/view";
import type { Style } from "../style.ts";
import { json, type Output, ok } from "./types.ts";

/** `report documents`: each document of the data (a corpus) with its id, title, and its line of facts. */
export function listDocuments(docs: readonly ReportDocument[], style: Style, asJson: boolean): Output {
  const list = docs.map(documentSummary);
  if (asJson) return json(list);
  const w = Math.max(...list.map((s) => s.id.length));
  const lines = list.map(
    (s) => `${style.bold(s.id.padEnd(w))}  ${s.title}\n${" ".repeat(w)}  ${style.dim(documentLine(s))}`,
  );
  return ok(`${lines.join("\n")}\n`);
}

/** The line a draft's text output starts with; empty for a published document. */
export function draftLine(doc: ReportDocument, style: Style): string {
  const b = draftBanner(doc);
  return b ? `${style.mark(b.label)}: ${b.parts.join(" · ")}\n` : "";
}
