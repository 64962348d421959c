import { parse as parseEdtf } from "edtf";
import type { Entity } from "../../src/schemas/entity.ts";
import type { Evidence, Quote } from "../../src/schemas/evidence.ts";
import type { Relation } from "../../src/schemas/relation.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { Structure } from "../../src/schemas/structure.ts";
import type { Content } from "./load-content.ts";
import type { Problem } from "./problems.ts";
import { resolveQuote } from "./resolve-quote.ts";

interface Where {
  file: string;
  id: string;
}

/**
 * Turns validated content into a report document: resolves every quote to offsets, derives
 * relation ids, and checks what spans files (unique ids, references, EDTF, status words).
 */
export function assemble(
  content: Content,
  source: ReportDocument["source"],
  structure: Structure,
  dataVersion: string,
  problems: Problem[],
): ReportDocument {
  const text = source.text;
  const resolve = (quote: Quote, where: Where, path: string): Evidence => {
    const r = resolveQuote(text, structure, quote);
    if (r.ok) return r.evidence;
    problems.push({ code: r.code, ...where, path, message: r.message, hint: r.hint });
    return { quote: quote.exact, start: 0, end: quote.exact.length, paragraphId: "bureau", sentenceIds: ["bureau-s1"] };
  };
  const checkEdtf = (edtf: string, where: Where, path: string) => {
    try {
      parseEdtf(edtf, { level: 1 });
    } catch {
      problems.push({
        code: "invalid-edtf",
        ...where,
        path,
        message: `'${edtf}' is not a valid EDTF level 1 date`,
        hint: "write YYYY, YYYY-MM, A/B or YYYY-MM/.. at the precision the text gives",
      });
    }
  };
  interface Authored {
    dates: { edtf: string; role: string; evidence: Quote }[];
    status?: { word: string; evidence: Quote } | undefined;
    evidence: Quote[];
  }
  const values = (item: Authored, where: Where) => {
    const status = item.status && {
      word: item.status.word,
      evidence: resolve(item.status.evidence, where, "status.evidence"),
    };
    if (status && !status.evidence.quote.includes(status.word))
      problems.push({
        code: "status-not-in-quote",
        ...where,
        path: "status.word",
        message: `status word '${status.word}' is not in its quote "${status.evidence.quote}"`,
        hint: "keep the status word exactly as printed and quote the words that contain it",
      });
    return {
      dates: item.dates.map((d, i) => {
        checkEdtf(d.edtf, where, `dates[${i}].edtf`);
        return { edtf: d.edtf, role: d.role, evidence: resolve(d.evidence, where, `dates[${i}].evidence`) };
      }),
      ...(status ? { status } : {}),
      evidence: item.evidence.map((q, i) => resolve(q, where, `evidence[${i}]`)),
    };
  };

  const seen = new Map<string, string>();
  const entities: Entity[] = content.entities.map(({ file, item }) => {
    const where = { file, id: item.id };
    const first = seen.get(item.id);
    if (first)
      problems.push({
        code: "duplicate-id",
        ...where,
        path: "id",
        message: `id '${item.id}' is already used in ${first}`,
        hint: "give each entity its own id",
      });
    seen.set(item.id, file);
    const { dates, status, evidence } = values(item, where);
    return {
      id: item.id,
      kind: item.kind,
      name: item.name,
      aliases: item.aliases,
      properties: item.properties.map((p, i) => ({
        ...p,
        evidence: resolve(p.evidence, where, `properties[${i}].evidence`),
      })),
      dates,
      quantities: item.quantities.map((q, i) => ({
        ...q,
        evidence: resolve(q.evidence, where, `quantities[${i}].evidence`),
      })),
      ...(status ? { status } : {}),
      evidence,
    };
  });

  const relationIds = new Set<string>();
  const relations: Relation[] = content.relations.map(({ file, item }) => {
    const id = `${item.source}--${item.type}--${item.target}`;
    const where = { file, id };
    if (relationIds.has(id))
      problems.push({
        code: "duplicate-id",
        ...where,
        path: "",
        message: `relation '${id}' is written twice`,
        hint: "merge the two entries and list both quotes as evidence",
      });
    relationIds.add(id);
    for (const end of ["source", "target"] as const)
      if (!seen.has(item[end]))
        problems.push({
          code: "dangling-reference",
          ...where,
          path: end,
          message: `no entity '${item[end]}'`,
          hint: "use the id of an entity defined in content/entities/",
        });
    return { id, type: item.type, source: item.source, target: item.target, ...values(item, where) };
  });

  const reportFile = "content/report.yaml";
  const metadata = Object.fromEntries(
    Object.entries(content.report.metadata).map(([key, v]) => [
      key,
      v.basis === "stated"
        ? {
            ...v,
            evidence: v.evidence.map((q, i) =>
              resolve(q, { file: reportFile, id: content.report.id }, `metadata.${key}.evidence[${i}]`),
            ),
          }
        : v,
    ]),
  ) as ReportDocument["metadata"];
  const defects = content.report.defects.map((d) => ({
    ...d,
    evidence: resolve(d.evidence, { file: reportFile, id: d.id }, "evidence"),
  }));

  return {
    schemaVersion: 1,
    id: content.report.id,
    dataVersion,
    metadata,
    source,
    defects,
    structure,
    entities,
    relations,
  };
}
