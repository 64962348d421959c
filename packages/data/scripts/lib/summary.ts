import type { BuildResult } from "./build.ts";

/** The human summary the README's main command prints. */
export function summarize({ doc, coverage, files }: BuildResult, out = "data/"): string {
  const perKind = new Map<string, number>();
  for (const e of doc.entities) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
  const width = Math.max(...[...perKind.keys()].map((k) => k.length));
  const lines = [
    `${doc.metadata.title.value} (@report/data ${doc.dataVersion}, ${doc.status})`,
    "",
    `source        ${out}${doc.source.filename}: ${doc.source.bytes} bytes, sha256 ${doc.source.sha256} (matches the expected hash)`,
    `structure     ${doc.structure.parts.length} parts, ${doc.structure.paragraphs.length} paragraphs, ${doc.structure.sentences.length} sentences`,
    `entities      ${doc.entities.length}`,
    ...[...perKind.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k.padEnd(width)}  ${n}`),
    `events        ${doc.events.length} (${doc.events.filter((e) => e.date || e.after).length} dated)`,
    `sanctions     ${doc.sanctions.map((s) => `${s.id}: ${s.statusWord}`).join("; ") || "none"}`,
    `restrictions  ${doc.restrictions.length}`,
    `strategies    ${doc.strategies.map((s) => s.name).join("; ") || "none"}`,
    `relations     ${doc.relations.length}`,
    `defects       ${doc.defects.map((d) => d.id).join(", ") || "none"}`,
    `coverage      ${coverage.covered}/${coverage.total} sentences (${((coverage.covered / coverage.total) * 100).toFixed(1)}%)`,
    `files         ${files.size} in ${out}`,
  ];
  return lines.join("\n");
}
