import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  EdtfSchema,
  EntitySchema,
  EvidenceSchema,
  IdSchema,
  ParagraphSchema,
  RelationSchema,
  RestrictionSchema,
} from "@report/data/schema";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const ESC = "\u001B";

/** Runs the built CLI with a clean colour environment, stdout and stderr piped (not a TTY). */
function run(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...base, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe("report --help / --version", () => {
  it("prints usage with every command", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["show <id-or-name>", "search", "entities", "timeline", "read [id]", "cite <id-or-name>"])
      expect(r.stdout).toContain(c);
  });

  it("report help is report --help", () => {
    const r = run(["help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run(["--help"]).stdout);
  });

  it("a command's help lists only the options it takes, and every exit code", () => {
    const diff = run(["diff", "--help"]).stdout;
    expect(diff).toContain("--migrations <dir>");
    expect(diff).not.toMatch(/--data|--doc/);
    expect(run(["documents", "--help"]).stdout).not.toContain("--doc");
    expect(run(["read", "--help"]).stdout).toContain("--doc <id>");
    for (const help of [diff, run(["--help"]).stdout])
      expect(help.replace(/\s+/g, " ")).toContain(
        "Exit codes: 0 ok (also when the reader closes the pipe, as `| head` does) · 1 not found, or the output cannot be written (a full disk) · 2 bad usage · 130 Ctrl+C in the explorer",
      );
  });

  it("prints the version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    // The versions of the program, of the data package it reads (and the document's own), and of Node.
    expect(r.stdout).toMatch(
      /^report \d+\.\d+\.\d+ \(@report\/tui\)\n@report\/data \d+\.\d+\.\d+ \(afdr-2010-belarus, data version \d+\.\d+\.\d+\)\nNode\.js \d+\.\d+\.\d+\n$/,
    );
    expect(r.stdout).toContain(`Node.js ${process.versions.node}`);
  });

  it("loads no React or Ink for --version and --help: the explorer is loaded only when it runs", () => {
    // Every module the run loads, recorded by a module hook: what matters is their code, not their names.
    const hook = `data:text/javascript,${encodeURIComponent(`import { registerHooks } from "node:module";
      const seen = []; registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
      process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(seen) + "\\n"));`)}`;
    for (const flag of ["--version", "--help"]) {
      const r = spawnSync(process.execPath, ["--import", hook, CLI, flag], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const loaded = JSON.parse(/^LOADED (.*)$/m.exec(r.stderr)?.[1] ?? "[]") as string[];
      expect(loaded).toContain(pathToFileURL(CLI).href);
      for (const url of loaded.filter((u) => u.startsWith("file:")))
        expect(readFileSync(fileURLToPath(url), "utf8"), `${flag} loaded ${url}`).not.toMatch(
          /react\.transitional\.element|yoga/,
        );
    }
  });
});

describe("report show", () => {
  it("shows an entity with its evidence", () => {
    const r = run(["show", "belneftekhim"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Belneftekhim");
    expect(r.stdout).toContain("ownership: state-owned");
    expect(r.stdout).toContain("[p7-s2]");
  });

  it("--json prints a valid Entity", () => {
    const r = run(["show", "embassy-minsk", "--json"]);
    expect(r.code).toBe(0);
    expect(EntitySchema.parse(JSON.parse(r.stdout)).id).toBe("embassy-minsk");
  });

  it("accepts a restriction id and prints it in words, or a valid Restriction with --json", () => {
    const text = run(["show", "embassy-minsk-staff-limit"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Embassy Minsk limited to five diplomats, by government of Belarus, since May 2008");
    const r = run(["show", "embassy-minsk-staff-limit", "--json"]);
    expect(r.code).toBe(0);
    expect(RestrictionSchema.parse(JSON.parse(r.stdout)).limit).toMatchObject({ value: 5, unit: "diplomat" });
  });

  it("accepts a relation id and prints a valid Relation with --json", () => {
    const r = run(["show", "embassy-minsk--located-in--minsk", "--json"]);
    expect(r.code).toBe(0);
    RelationSchema.parse(JSON.parse(r.stdout));
  });

  it("an unknown id exits 1 naming the closest ids, without a stack trace", () => {
    const r = run(["show", "belneft"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing has the id or name 'belneft'");
    expect(r.stderr).toContain("belneftekhim");
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe("bad usage exits 2 with a reason and the usage", () => {
  it.each([
    [["show", "x", "--bogus"], "unknown option '--bogus'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["show"], "missing required args"],
    [["entities", "--kind", "nope"], "unknown kind 'nope'"],
    [["search", "x", "--limit"], "option '--limit <n>' value is missing"],
    [["entities", "--kind"], "option '--kind <kind>' value is missing"],
    [["read", "--data"], "option '--data <file>' value is missing"],
  ])("%j", (args, reason) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stdout).toBe("");
  });

  it("every message starts with 'report:' and bad usage is followed by the usage", () => {
    for (const [args, code, reason] of [
      [["show", "zzqqxx"], 1, "nothing has the id or name 'zzqqxx'."],
      [["show", "x".repeat(201)], 2, "id too long: 201 characters (at most 200)"],
      [["cite", "p7", "--format", "mla"], 2, "unknown citation format 'mla': use apa, chicago, bibtex, ris, csl"],
      [["entities", "--kind", "compnay"], 2, "unknown kind 'compnay' (closest: company)"],
      [["search", "trafficking", "--limit", "-1"], 2, "--limit must be a positive whole number"],
      [["search", "x"], 1, "no results for 'x'"],
      [["read", ""], 2, "read takes a paragraph or sentence id (p7, p7-s3), or none for the whole report"],
      [["show", " "], 2, "show needs an id or a name, e.g. report show belneftekhim"],
      [
        ["diff", "a.json", "b.json", "--json", "--markdown"],
        2,
        "--json and --markdown each choose the output: give one",
      ],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(" ")).toBe(code);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe(`report: ${reason}`);
      expect(lines.slice(1)).toEqual(
        code === 2 ? [expect.stringMatching(/^usage: report /), "Run 'report --help' for details."] : [],
      );
    }
  });

  it("an empty query gets a friendly message", () => {
    for (const args of [["search"], ["search", ""], ["search", "  "]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("nothing to search for");
    }
  });
});

describe("lists as text and JSON", () => {
  it("entities --json is a valid Entity[]; --kind filters", () => {
    const all = EntitySchema.array().parse(JSON.parse(run(["entities", "--json"]).stdout));
    expect(all.length).toBeGreaterThan(10);
    const companies = EntitySchema.array().parse(JSON.parse(run(["entities", "--kind", "company", "--json"]).stdout));
    expect(companies.map((e) => e.id)).toEqual(["belneftekhim", "belneftekhim-subsidiaries"]);
  });

  it("search finds Belneftekhim, as text and as hits", () => {
    expect(run(["search", "Belneftekhim"]).stdout).toContain("Belneftekhim");
    const hits = JSON.parse(run(["search", "Belneftekhim", "--json"]).stdout) as { id: string }[];
    expect(hits.map((h) => h.id)).toContain("belneftekhim");
  });

  it("timeline lists dates in words at their precision; --json items carry valid EDTF (or the event they follow) and evidence", () => {
    const text = run(["timeline"]).stdout;
    expect(text).toMatch(/^November 2009 +United States extended the suspension of sanctions/m);
    expect(text).toMatch(/^since May 2008 +Embassy Minsk limited to five diplomats/m);
    const items = JSON.parse(run(["timeline", "--json"]).stdout) as {
      edtf?: string;
      after?: string;
      evidence: unknown;
    }[];
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      if (i.edtf === undefined) IdSchema.parse(i.after);
      else EdtfSchema.parse(i.edtf);
      EvidenceSchema.parse(i.evidence);
    }
  });

  it("read prints one paragraph, or a Paragraph with its label and words with --json", () => {
    expect(run(["read", "p7"]).stdout).toContain("[p7] In 2007 and 2008");
    const p = JSON.parse(run(["read", "p7", "--json"]).stdout);
    const { label, text, ...paragraph } = p;
    ParagraphSchema.parse(paragraph);
    expect(label).toBe("Paragraph 7");
    expect(text).toMatch(/^In 2007 and 2008 the United States increased existing sanctions.*by the government\.$/s);
    expect(run(["read", "p99"]).code).toBe(1);
  });

  it("reads ids whatever their case: read P7-S3, show P7", () => {
    expect(run(["read", "P7-S3"])).toEqual(run(["read", "p7-s3"]));
    expect(run(["show", "P7"]).stdout).toBe(run(["read", "p7"]).stdout);
    expect(run(["cite", "P7-S3"]).stdout).toBe(run(["cite", "p7-s3"]).stdout);
  });

  it("read prints one sentence by its id, with --json its words", () => {
    expect(run(["read", "p7-s3"])).toEqual({
      code: 0,
      stdout: "[p7-s3] Paragraph 7, sentence 3\nThe suspension was extended in November 2009.\n",
      stderr: "",
    });
    expect(JSON.parse(run(["read", "p7-s3", "--json"]).stdout)).toEqual({
      id: "p7-s3",
      paragraphId: "p7",
      start: 6077,
      end: 6122,
      label: "Paragraph 7, sentence 3",
      text: "The suspension was extended in November 2009.",
    });
    const all = JSON.parse(run(["read", "--json"]).stdout) as { text: string }[];
    expect(all.map((x) => x.text).join("")).toContain("Bureau of Democracy, Human Rights, and Labor");
  });
});

describe("colour and pipes", () => {
  it("piped output and NO_COLOR / --no-color contain no escape bytes", () => {
    expect(run(["show", "belneftekhim"]).stdout).not.toContain(ESC);
    expect(run(["read"], { NO_COLOR: "1", FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
    expect(run(["search", "sanctions", "--no-color"], { FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
  });

  it("FORCE_COLOR turns colour on even when piped", () => {
    expect(run(["show", "belneftekhim"], { FORCE_COLOR: "1" }).stdout).toContain(ESC);
  });

  it("no command with no terminal explains itself instead of entering raw mode", () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs a terminal");
  });

  it("a closed pipe ends quietly with 0 (the reader has what it wants); a full disk with one line and exit 1", () => {
    const sh = (cmd: string) =>
      spawnSync("bash", ["-o", "pipefail", "-c", cmd.replaceAll("report", `"${process.execPath}" "${CLI}"`)], {
        encoding: "utf8",
      });
    // The reader is gone before the CLI has started: every 1.0 output fits in a pipe's buffer (64 KB), so a
    // reader that leaves after the first line (`head -1`) would only ever see a completed write.
    const pipe = sh("report entities --json | head -c 0");
    expect(pipe).toMatchObject({ status: 0, stdout: "", stderr: "" });
    const full = sh("report entities > /dev/full");
    expect(full.status).toBe(1);
    expect(full.stderr).toBe("report: cannot write the output: no space left on the device (ENOSPC)\n");
  });
});
