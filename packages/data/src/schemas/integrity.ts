import type { Entity } from "./entity.ts";
import type { Evidence } from "./evidence.ts";
import type { Relation } from "./relation.ts";
import type { ReportDocumentShape } from "./report.ts";

type Issue = { path: (string | number)[]; message: string };

/**
 * Cross-field checks that a plain shape cannot express: every quote is the slice it claims,
 * every reference resolves, every id is unique.
 */
export function integrityIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const text = doc.source.text;
  const paragraphs = new Map(doc.structure.paragraphs.map((p) => [p.id, p]));
  const sentences = new Map(doc.structure.sentences.map((s) => [s.id, s]));

  const checkEvidence = (ev: Evidence, path: (string | number)[]) => {
    if (ev.end <= ev.start || ev.end > text.length) {
      issues.push({
        path,
        message: `span [${ev.start}, ${ev.end}) is outside the source text (length ${text.length})`,
      });
      return;
    }
    if (text.slice(ev.start, ev.end) !== ev.quote) {
      issues.push({
        path: [...path, "quote"],
        message: `source.text.slice(${ev.start}, ${ev.end}) does not equal the quote`,
      });
    }
    const p = paragraphs.get(ev.paragraphId);
    if (!p) issues.push({ path: [...path, "paragraphId"], message: `no paragraph '${ev.paragraphId}'` });
    else if (ev.start < p.start || ev.end > p.end)
      issues.push({ path: [...path, "paragraphId"], message: `span is not inside paragraph '${p.id}'` });
    ev.sentenceIds.forEach((id, i) => {
      const s = sentences.get(id);
      if (!s) issues.push({ path: [...path, "sentenceIds", i], message: `no sentence '${id}'` });
      else if (ev.end <= s.start || ev.start >= s.end)
        issues.push({ path: [...path, "sentenceIds", i], message: `span does not overlap sentence '${id}'` });
    });
  };
  const checkStatus = (st: { word: string; evidence: Evidence } | undefined, path: (string | number)[]) => {
    if (!st) return;
    checkEvidence(st.evidence, [...path, "evidence"]);
    if (!st.evidence.quote.includes(st.word))
      issues.push({ path: [...path, "word"], message: `status word '${st.word}' is not in its quote` });
  };
  const checkValues = (item: Entity | Relation, path: (string | number)[]) => {
    for (const [i, ev] of item.evidence.entries()) checkEvidence(ev, [...path, "evidence", i]);
    for (const [i, d] of item.dates.entries()) checkEvidence(d.evidence, [...path, "dates", i, "evidence"]);
    checkStatus(item.status, [...path, "status"]);
  };

  const entityIds = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) issues.push({ path: ["entities", i, "id"], message: `duplicate entity id '${e.id}'` });
    entityIds.add(e.id);
    checkValues(e, ["entities", i]);
    for (const [j, p] of e.properties.entries())
      checkEvidence(p.evidence, ["entities", i, "properties", j, "evidence"]);
    e.quantities.forEach((q, j) => {
      checkEvidence(q.evidence, ["entities", i, "quantities", j, "evidence"]);
      if (q.type === "range" && q.min > q.max)
        issues.push({ path: ["entities", i, "quantities", j, "min"], message: "min is greater than max" });
    });
  });
  const relationIds = new Set<string>();
  doc.relations.forEach((r, i) => {
    if (relationIds.has(r.id))
      issues.push({ path: ["relations", i, "id"], message: `duplicate relation id '${r.id}'` });
    relationIds.add(r.id);
    for (const end of ["source", "target"] as const)
      if (!entityIds.has(r[end])) issues.push({ path: ["relations", i, end], message: `no entity '${r[end]}'` });
    checkValues(r, ["relations", i]);
  });
  for (const [i, d] of doc.defects.entries()) checkEvidence(d.evidence, ["defects", i, "evidence"]);
  for (const [key, value] of Object.entries(doc.metadata))
    if (value.basis === "stated")
      for (const [i, ev] of value.evidence.entries()) checkEvidence(ev, ["metadata", key, "evidence", i]);
  for (const [i, s] of doc.structure.sentences.entries())
    if (!paragraphs.has(s.paragraphId))
      issues.push({ path: ["structure", "sentences", i, "paragraphId"], message: `no paragraph '${s.paragraphId}'` });
  if (doc.source.text.length !== doc.source.bytes)
    issues.push({
      path: ["source", "bytes"],
      message: `text has ${doc.source.text.length} characters but bytes says ${doc.source.bytes}`,
    });
  return issues;
}
