import type { Style } from "../style.ts";
import type { ChangedRecord, DataDiff, DocRecord } from "./diff.ts";
import { fieldLines, shorten } from "./values.ts";

// A diff as words: readable text for the terminal, or a Markdown summary for release notes. Each changed record
// is told once, with the old ids that lead to it; values are shortened to what differs.

const label = (r: DocRecord) => (typeof r.record.name === "string" ? ` ${shorten(r.record.name, 80)}` : "");
const versions = (d: DataDiff) => (d.from || d.to ? ` ${d.from ?? "?"} → ${d.to ?? "?"}` : "");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function counts(d: DataDiff): string {
  const renamed = Object.keys(d.renamed).length;
  const merged = d.changed.filter((c) => c.oldIds.length > 1).length;
  const notes = [
    renamed ? `${plural(renamed, "old id")} renamed` : "",
    merged ? `${plural(merged, "record")} merged from several` : "",
  ].filter(Boolean);
  return `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed${notes.length ? ` (${notes.join("; ")})` : ""}`;
}

/** A record renamed from one other id: "old → new"; otherwise its id. */
const renamedFrom = (c: ChangedRecord) => (c.oldIds.length === 1 && c.oldIds[0] !== c.id ? c.oldIds[0] : undefined);

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
      const from = renamedFrom(c);
      lines.push(`  ~ ${from ? `${from} → ${c.id}` : c.id} ${dim(`(${c.after.collection})`)}${label(c.after)}`);
      if (c.oldIds.length > 1)
        lines.push(
          `      merged from ${c.oldIds.length} records:`,
          ...c.before.map((r) => `        ${r.id} ${dim(`(${r.collection})`)}`),
        );
      if (c.moved) lines.push(`      moved from ${c.moved.from} to ${c.moved.to}`);
      for (const f of c.fields) lines.push(...fieldLines(f, "      "));
      if (c.fields.length === 0 && !c.moved && c.oldIds.length === 1)
        lines.push(dim("      renamed only; every field is the same"));
    }
  }
  return `${lines.join("\n")}\n`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** At most `max` names as code, then how many more. */
function names(list: string[], max: number, what: string): string {
  const shown = list.slice(0, max).map(code).join(", ");
  return list.length > max ? `${shown} and ${plural(list.length - max, `more ${what}`)}` : shown;
}

/** What became of a changed record, in words: merged from (ids by array), renamed, moved, and its fields. */
function changeWords(c: ChangedRecord): string {
  const words: string[] = [];
  if (c.oldIds.length > 1) {
    const arrays = [...new Set(c.before.map((r) => r.collection))].sort();
    const from = arrays.map(
      (a) => `${a} ${c.before.flatMap((r) => (r.collection === a ? [code(r.id)] : [])).join(", ")}`,
    );
    words.push(`merged from ${from.join(" and ")}`);
  } else if (renamedFrom(c)) words.push("renamed");
  if (c.moved) words.push(`moved from ${c.moved.from}`);
  if (c.fields.length)
    words.push(
      names(
        c.fields.map((f) => f.field),
        5,
        "field",
      ),
    );
  return words.join("; ");
}

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
      const from = renamedFrom(c);
      const head = from ? `${code(from)} → ${code(c.id)}` : code(c.id);
      out.push(`- ${head} (${c.after.collection})${label(c.after)}: ${changeWords(c)}`);
    }
  }
  return `${out.join("\n")}\n`;
}
