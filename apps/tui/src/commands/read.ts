import { mentionsIn, passage } from "@report/view";
import { nearIds, partHeading } from "../model.ts";
import { markSpans } from "../style.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report read [id]`: the report's text, one paragraph or one sentence, mentions marked; `--json` with the words. */
export function read(ctx: Ctx, id?: string): Output {
  const { report, index } = ctx.model;
  const all = report.structure.paragraphs;
  const withText = <T extends { id: string; start: number; end: number }>(x: T) => ({
    ...x,
    label: passage(report, x.id)?.label ?? x.id,
    text: index.textOf(x),
  });
  let list = all;
  if (id !== undefined) {
    const refused = tooLong("paragraph or sentence id", id);
    if (refused) return refused;
    // Ids are lowercase slugs: P7-S3 is p7-s3.
    const at = passage(report, id.toLowerCase());
    if (!at) {
      const ids = [...all.map((x) => x.id), ...report.structure.sentences.map((x) => x.id)];
      const near = nearIds(ids, id.toLowerCase());
      const hint = near.length
        ? `closest: ${near.join(", ")}`
        : `the paragraphs are ${all.map((x) => x.id).join(", ")}; a sentence is e.g. ${report.structure.sentences.at(-1)?.id}`;
      return fail(`no paragraph or sentence '${id}' (${hint})`);
    }
    if (ctx.json) return json(withText(at.item));
    if (at.kind === "sentence") {
      const text = markSpans(index.textOf(at.item), mentionsIn(report, at.item), ctx.style.mention, at.item.start);
      return ok(`${ctx.style.dim(`[${at.item.id}] ${at.label}`)}\n${text}\n`);
    }
    list = [at.item];
  } else if (ctx.json) return json(all.map(withText));
  const out: string[] = [];
  let heading = "";
  for (const p of list) {
    const h = partHeading(ctx.model, p);
    if (h !== heading && p.partId) out.push(ctx.style.bold(h), "");
    heading = h;
    const text = markSpans(index.textOf(p), mentionsIn(report, p), ctx.style.mention, p.start);
    out.push(`${ctx.style.dim(`[${p.id}]`)} ${text}`, "");
  }
  return ok(`${out.join("\n").trimEnd()}\n`);
}
