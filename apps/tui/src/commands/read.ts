import { mentionsIn } from "@report/view";
import { closestIds, partHeading } from "../model.ts";
import { markSpans } from "../style.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report read [paragraph-id]`: the report's text, one paragraph or all, mentions marked. */
export function read(ctx: Ctx, paragraphId?: string): Output {
  const { report, index } = ctx.model;
  const all = report.structure.paragraphs;
  let list = all;
  if (paragraphId !== undefined) {
    const refused = tooLong("paragraph id", paragraphId);
    if (refused) return refused;
    const p = index.getParagraph(paragraphId);
    if (!p) {
      const close = closestIds(
        all.map((x) => x.id),
        paragraphId,
      );
      return fail(`no paragraph '${paragraphId}'. Closest ids: ${close.join(", ")}\n`);
    }
    if (ctx.json) return json(p);
    list = [p];
  } else if (ctx.json) return json(all);
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
