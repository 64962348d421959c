import { entities, search, timeline } from "./list.ts";
import type { Ctx, Output } from "./types.ts";

/** What a document command was given besides its arguments. */
export interface CommandOptions {
  limit?: unknown;
  kind?: unknown;
  format?: unknown;
  /** The website's origin, or why SITE_URL cannot be used. */
  site: { url: string } | { problem: string };
}

/**
 * Runs one of the commands that read a document. A string is bad usage (the CLI prints it with the
 * usage); a draft's text output starts with its banner line (never --json, which stays exact).
 */
export async function runCommand(
  name: string,
  ctx: Ctx,
  args: string[],
  opts: CommandOptions,
): Promise<Output | string> {
  const out = await dispatch(name, ctx, args, opts);
  if (typeof out === "string" || out.code !== 0 || out.json) return out;
  const { draftLine } = await import("./documents.ts");
  return { ...out, stdout: draftLine(ctx.model.report, ctx.style) + out.stdout };
}

async function dispatch(name: string, ctx: Ctx, args: string[], opts: CommandOptions): Promise<Output | string> {
  switch (name) {
    case "show":
      if (!args[0]?.trim()) return "show needs an id or a name, e.g. report show belneftekhim";
      return (await import("./show.ts")).show(ctx, args[0]);
    case "search": {
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
        return "--limit must be a positive whole number";
      return search(ctx, args.join(" "), { limit, kind: opts.kind === undefined ? undefined : String(opts.kind) });
    }
    case "entities":
      return entities(ctx, opts.kind === undefined ? undefined : String(opts.kind));
    case "timeline":
      return timeline(ctx);
    case "read":
      if (args[0] !== undefined && !args[0].trim())
        return "read takes a paragraph or sentence id (p7, p7-s3), or none for the whole report";
      return (await import("./read.ts")).read(ctx, args[0]);
    case "cite": {
      if (!args[0]?.trim()) return "cite needs an id or a name, e.g. report cite p7-s3";
      if ("problem" in opts.site) return opts.site.problem;
      const format = opts.format === undefined ? "apa" : String(opts.format);
      return (await import("./cite.ts")).cite(ctx, args[0] ?? "", format, opts.site.url);
    }
    default:
      return `unknown command '${name}'`;
  }
}
