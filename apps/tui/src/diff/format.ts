import type { Style } from "../style.ts";
import type { ChangedRecord, DataDiff, DocRecord } from "./diff.ts";

// A diff as words: readable text for the terminal, or a Markdown summary for release notes.

const isEvidence = (v: unknown): v is { quote: string; sentenceIds?: unknown } =>
  typeof v === "object" && v !== null && typeof (v as { quote?: unknown }).quote === "string";

/** A field's value on one line, every evidence object shown as its quote (offsets are noise to a reader). */
export function renderValue(value: unknown): string {
  if (isEvidence(value)) {
    const where =
      Array.isArray(value.sentenceIds) && value.sentenceIds.length ? ` [${value.sentenceIds.join(", ")}]` : "";
    return `“${value.quote}”${where}`;
  }
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${renderValue(v)}`)
      .join(", ")} }`;
  return value === undefined ? "(none)" : JSON.stringify(value);
}

const label = (r: DocRecord) => (typeof r.record.name === "string" ? ` ${r.record.name}` : "");
const versions = (d: DataDiff) => (d.from || d.to ? ` ${d.from ?? "?"} → ${d.to ?? "?"}` : "");

function counts(d: DataDiff): string {
  const renamed = Object.keys(d.renamed).length;
  return `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed${renamed ? ` (${renamed} renamed)` : ""}`;
}

function changedHead(c: ChangedRecord): string {
  return c.oldId === c.id ? c.id : `${c.oldId} → ${c.id}`;
}

/** The readable text of `report diff`. */
export function formatDiffText(d: DataDiff, style: Style): string {
  const { bold, dim } = style;
  const lines = [`${bold(`Data${versions(d)}`)}: ${counts(d)}`];
  if (d.added.length)
    lines.push("", bold("Added"), ...d.added.map((r) => `  + ${r.id} ${dim(`(${r.collection})`)}${label(r)}`));
  if (d.removed.length)
    lines.push(
      "",
      bold("Removed"),
      ...d.removed.map((r) => `  - ${r.id} ${dim(`(${r.collection})`)}${label(r)}${r.reason ? `: ${r.reason}` : ""}`),
    );
  if (d.changed.length) {
    lines.push("", bold("Changed"));
    for (const c of d.changed) {
      lines.push(`  ~ ${changedHead(c)} ${dim(`(${c.after.collection})`)}${label(c.after)}`);
      for (const f of c.fields)
        lines.push(
          `      ${f.field}`,
          `        before: ${renderValue(f.before)}`,
          `        after:  ${renderValue(f.after)}`,
        );
      if (c.fields.length === 0) lines.push(dim("      renamed only; every field is the same"));
    }
  }
  return `${lines.join("\n")}\n`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The Markdown summary of `report diff --markdown`, for a release's notes. */
export function formatDiffMarkdown(d: DataDiff): string {
  const out = [
    `### Data changes${d.from || d.to ? ` from ${d.from ?? "?"} to ${d.to ?? "?"}` : ""}`,
    "",
    `${counts(d)}.`,
  ];
  const item = (r: DocRecord, extra = "") => `- ${code(r.id)} (${r.collection})${label(r)}${extra}`;
  if (d.added.length) out.push("", "#### Added", "", ...d.added.map((r) => item(r)));
  if (d.removed.length)
    out.push("", "#### Removed", "", ...d.removed.map((r) => item(r, r.reason ? `: ${r.reason}` : "")));
  if (d.changed.length) {
    out.push("", "#### Changed", "");
    for (const c of d.changed) {
      const head = c.oldId === c.id ? code(c.id) : `${code(c.oldId)} → ${code(c.id)}`;
      const fields = c.fields.map((f) => code(f.field)).join(", ");
      out.push(`- ${head} (${c.after.collection})${label(c.after)}${fields ? `: ${fields}` : ": renamed"}`);
    }
  }
  return `${out.join("\n")}\n`;
}
