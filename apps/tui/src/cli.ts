#!/usr/bin/env node
// Thin shell: parse arguments, pick a command, do the I/O. Formatting lives in commands/*.ts; the
// interactive app (React, Ink) is loaded by dynamic import() only when it is needed, and so is
// everything else a command needs (the data, its index, the commands): `--version` and `--help`
// load nothing but this file and the bundled data.

import { basename } from "node:path";
import type { ReportDocument } from "@report/data";
import { cac } from "cac";
import pkg from "../package.json" with { type: "json" };
import type { Ctx, Output } from "./commands/types.ts";
import { inertDocument, inertOutput } from "./inert.ts";
import { siteUrl } from "./site.ts";
import { colorEnabled, makeStyle } from "./style.ts";

const USAGE =
  "usage: report [show <id-or-name> | search <query> | entities [--kind K] | timeline | read [id] | cite <id> [--format F] | documents | diff <old> <new>] [--data <file> [--doc <id>]] [--json]";

/**
 * Output that cannot be written (a full disk, an I/O error) ends the run with one line and exit 1. A
 * closed pipe is not an error: the reader (`| head -1`) has all it wanted, so the run ends quietly with 0.
 */
function writeFailed(error: NodeJS.ErrnoException): never {
  if (error.code === "EPIPE") process.exit(0);
  const reasons: Record<string, string> = {
    ENOSPC: "no space left on the device",
    EIO: "input/output error",
  };
  const reason = reasons[error.code ?? ""] ?? error.message.split("\n")[0];
  try {
    process.stderr.write(`report: cannot write the output: ${reason} (${error.code ?? "error"})\n`);
  } catch {
    // stderr is gone too: the exit code still says it.
  }
  process.exit(1);
}
process.stdout.on("error", writeFailed);
process.stderr.on("error", () => process.exit(1));

const cli = cac("report");
cli.option("--json", "print JSON valid against @report/data's schemas");
cli.option("--no-color", "no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)");
cli.option("--data <file>", "read this report document or corpus (JSON) instead of the bundled report");
cli.option("--doc <id>", "the document of a corpus to read (report documents lists them)");
cli.option("-v, --version", "print the version");
cli
  .command("show <id-or-name>", "one record by its id or name: an entity, event, sanction, restriction or strategy")
  .example("  $ report show belneftekhim")
  .example('  $ report show "Embassy Minsk"');
cli
  .command("search [...query]", "search paragraphs and records, best match first")
  .option("--limit <n>", "at most n hits")
  .option("--kind <kind>", "paragraph, entity, event, sanction, restriction or strategy")
  .example("  $ report search trafficking --limit 5");
cli
  .command("entities", "list entities, grouped by kind")
  .option("--kind <kind>", "only this kind")
  .example("  $ report entities --kind company");
cli.command("timeline", "every dated record once, oldest first, dates in words").example("  $ report timeline");
cli
  .command("read [id]", "print the report, one paragraph (p7) or one sentence (p7-s3)")
  .example("  $ report read p7-s3")
  .example("  $ report read p7 --json");
cli
  .command("cite <id-or-name>", "the citation of a paragraph, sentence or record, with its web address")
  .option("--format <format>", "apa (the default), chicago, bibtex, ris or csl (CSL-JSON)")
  .example("  $ report cite p7-s3")
  .example("  $ report cite sanctions-against-belneftekhim-subsidiaries --format bibtex");
cli
  .command("documents", "the documents of --data (a corpus): id, title, country, edition, status and coverage")
  .example("  $ report documents --data corpus.json");
cli
  .command(
    "diff <old> <new>",
    "records added, removed and changed between two versions of the data (files or packages)",
  )
  .option("--markdown", "a summary for release notes")
  .option("--migrations <dir>", "also follow the id migrations in this folder")
  .example("  $ report diff data-old @report/data --markdown");
const EXIT_CODES = {
  title: "Exit codes",
  body: "  0 ok (also when the reader closes the pipe, as `| head` does) · 1 not found, or the output cannot be\n  written (a full disk) · 2 bad usage · 130 Ctrl+C in the explorer",
};
/** Global options a command refuses (diff compares the two files it is given): its help leaves them out. */
const REFUSED: Record<string, string[]> = { diff: ["--data", "--doc"], documents: ["--doc"] };
cli.help((sections) => {
  const refused = REFUSED[cli.matchedCommandName ?? ""] ?? [];
  const tidy = sections.map((s) => ({
    ...s,
    body: s.body
      .replace(/ \(default: true\)/g, "")
      .replace(/ +$/gm, "")
      .split("\n")
      .filter((line) => !refused.some((o) => line.startsWith(`  ${o} `)))
      .join("\n"),
  }));
  // A command's help starts with what it does; the program's ends with how to explore and how it exits.
  if (cli.matchedCommand) {
    tidy.splice(1, 0, { body: cli.matchedCommand.description });
    return [...tidy, EXIT_CODES];
  }
  return [
    ...tidy,
    { title: "Interactive", body: "  Run `report` with no command in a terminal to explore the report." },
    EXIT_CODES,
  ];
});

function emit(o: Output): void {
  // JSON escapes control characters itself; bidi and zero-width characters are valid JSON text.
  if (o.stdout) process.stdout.write(o.json ? o.stdout : inertOutput(o.stdout));
  if (o.stderr) process.stderr.write(inertOutput(o.stderr));
  process.exitCode = o.code;
}

const USAGE_TAIL = `${USAGE}\nRun 'report --help' for details.\n`;
const usageError = (reason: string) => emit({ stdout: "", stderr: `report: ${reason}\n${USAGE_TAIL}`, code: 2 });

/**
 * The arguments with a negative number after an option that takes a value joined to it (`--limit -1` as
 * `--limit=-1`): cac (mri) would read `-1` as an unknown option instead of the value it is.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const takesValue = new Set(
    [cli.globalCommand, ...cli.commands].flatMap((c) =>
      c.options.filter((o) => o.required).map((o) => `--${o.names[0]}`),
    ),
  );
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [a, next] = [argv[i] ?? "", argv[i + 1]];
    if (a === "--") return [...out, ...argv.slice(i)];
    if (takesValue.has(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** An option's value as typed: cac (mri) reads `--doc 0012` as the number 12 and `--data 1e3` as 1000. */
function optionText(name: string): string | undefined {
  const value = cli.options[name];
  if (value === undefined) return undefined;
  const argv = process.argv.slice(2);
  let text: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const a = argv[i] ?? "";
    if (a === `--${name}`) text = argv[i + 1];
    else if (a.startsWith(`--${name}=`)) text = a.slice(name.length + 3);
  }
  return text ?? (typeof value === "string" ? value : "");
}

async function main(): Promise<void> {
  const parsed = cli.parse(joinNegativeValues(process.argv), { run: false });
  const opts = cli.options;
  if (opts.help) return;
  if (opts.version) {
    const [{ report }, dataPkg] = await Promise.all([
      import("@report/data"),
      import("@report/data/package.json", { with: { type: "json" } }),
    ]);
    const lines = [
      `report ${pkg.version} (${pkg.name})`,
      `${dataPkg.default.name} ${dataPkg.default.version} (${report.id}, data version ${report.dataVersion})`,
      `Node.js ${process.versions.node}`,
    ];
    return emit({ stdout: `${lines.join("\n")}\n`, stderr: "", code: 0 });
  }
  const command = cli.matchedCommand;
  // `report help`, as many users type it, is `report --help`.
  if (!command && parsed.args.length === 1 && parsed.args[0] === "help") return cli.outputHelp();
  if (!command && parsed.args.length > 0) return usageError(`unknown command '${parsed.args[0]}'`);
  (command ?? cli.globalCommand).checkUnknownOptions();
  if (command) {
    command.checkRequiredArgs();
    command.checkUnusedArgs();
  }
  // `--limit` with no value would be `true`, read as limit 1; `--kind` alone as the kind 'true'.
  (command ?? cli.globalCommand).checkOptionValue();
  const color = colorEnabled({
    noColorFlag: opts.color === false,
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  });
  if (cli.matchedCommandName === "diff") {
    if (opts.data !== undefined || opts.doc !== undefined)
      return usageError("diff compares the two documents it is given: drop --data and --doc");
    if (opts.json && opts.markdown) return usageError("--json and --markdown each choose the output: give one");
    const { diff } = await import("./commands/diff.ts");
    const [from, to] = parsed.args.map(String);
    const options = {
      cwd: process.cwd(),
      style: makeStyle(color),
      json: Boolean(opts.json),
      markdown: Boolean(opts.markdown),
    };
    return emit(diff(from ?? "", to ?? "", { ...options, migrations: opts.migrations }));
  }
  const interactive = !command;
  if (interactive && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    return usageError("no command given, and the interactive explorer needs a terminal");
  }
  const dataFile = optionText("data");
  if (dataFile === "") return usageError("--data needs a file: --data <file>");
  const docId = optionText("doc");
  if (docId === "") return usageError("--doc needs a document id: --doc <id>");
  if (cli.matchedCommandName === "documents" && docId !== undefined)
    return usageError("documents lists every document: drop --doc");
  // Cache V8's compiled code of the (large) interactive bundle across runs; never an error.
  if (interactive) (await import("node:module")).enableCompileCache?.();
  const [{ createModel }, documents] = await Promise.all([
    import("./model.ts"),
    dataFile === undefined
      ? import("@report/data").then((m) => [m.report])
      : import("./load.ts").then((m) => m.loadDataFile(dataFile)),
  ]);
  const style = makeStyle(color);
  if (cli.matchedCommandName === "documents") {
    const { listDocuments } = await import("./commands/documents.ts");
    const list = opts.json ? documents : documents.map(inertDocument);
    return emit(listDocuments(list, style, Boolean(opts.json)));
  }
  const source = dataFile === undefined ? "the bundled report" : `'${dataFile}'`;
  const { chooseDocument } = await import("./documents.ts");
  const chosen = chooseDocument(documents, docId, source);
  const site = siteUrl();
  if (interactive) {
    if ("problem" in chosen && docId !== undefined) return usageError(chosen.problem);
    if ("problem" in site) return usageError(site.problem);
    // Colours off means no colours, not no styles: Ink's chalk still writes bold, underline and inverse.
    // NO_COLOR has been read (colour is off): left beside FORCE_COLOR, Node would warn that it is ignored.
    if (!color) {
      process.env.FORCE_COLOR = "1";
      delete process.env.NO_COLOR;
    }
    const { runInteractive } = await import("./interactive.tsx");
    const open = "index" in chosen ? chosen.index : undefined;
    // The explorer shows data through inert() itself.
    const explore =
      documents.length > 1
        ? { documents, open, source: basename(dataFile ?? "") }
        : { model: createModel(documents[0] as ReportDocument) };
    return runInteractive(explore, { color, siteUrl: "url" in site ? site.url : "" });
  }
  if ("problem" in chosen) return usageError(chosen.problem);
  const document = documents[chosen.index] as ReportDocument;
  // Text commands print from a copy whose every string is already inert, so no escape sequence from the
  // data reaches a style or the terminal; --json is exact.
  const model = createModel(opts.json ? document : inertDocument(document));
  const ctx: Ctx = { model, style, json: Boolean(opts.json) };
  const { runCommand } = await import("./commands/run.ts");
  const args = parsed.args.map(String);
  const out = await runCommand(cli.matchedCommandName ?? "", ctx, args, { ...opts, site });
  if (typeof out === "string") return usageError(out);
  // Bad usage a command found (an unknown kind, an empty id) is followed by the usage, as the parser's is.
  return emit(out.code === 2 ? { ...out, stderr: `${out.stderr}${USAGE_TAIL}` } : out);
}

main().catch((error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  if (e?.syscall === "write") return writeFailed(e);
  if (e?.name === "DataError") {
    // The message may quote the file's own words (a key zod did not expect): shown inert.
    process.stderr.write(inertOutput(`report: ${e.message}\n`));
    process.exitCode = 1;
    return;
  }
  if (e?.name === "CACError") {
    const reason = e.message
      .replace(/`/g, "'")
      .replace(/^Unknown/, "unknown")
      .replace(/^Unused args: /, "unexpected argument ");
    return usageError(reason);
  }
  process.stderr.write(`report: ${e?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
