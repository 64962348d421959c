import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportDocument } from "@report/data";
import { report } from "@report/data";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app.tsx";
import { inert } from "../src/inert.ts";
import { createModel } from "../src/model.ts";
import { press, screen } from "./helpers.ts";

afterEach(() => cleanup());

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \u202Eevil\u202C zero\u200Bwidth \u001B[2J';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW = /[\u001B\u202E\u202C\u200B]/;

/** The real report with an entity renamed to hostile text (names are authored, not slices). */
function hostileDocument(hostile = HOSTILE): ReportDocument {
  const doc = structuredClone(report);
  const target = doc.entities.find((e) => e.id === "belneftekhim");
  if (!target) throw new Error("fixture needs belneftekhim");
  target.name = `Belneftekhim ${hostile}`;
  target.aliases = [hostile];
  return doc;
}
// @report/data 1.0 rejects C0 and C1 control characters in any string outside the source text, so a
// document given with --data can only carry the other kinds: bidi overrides and zero-width characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing the control characters is the point
const HOSTILE_VALID = HOSTILE.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");

describe("hostile text in the data", () => {
  it("shows controls, bidi overrides and zero-width characters as visible marks", () => {
    expect(inert(HOSTILE)).toBe(
      '<script>alert(1)</script> "><img src=x onerror=alert(1)> ⟨U+202E⟩evil⟨U+202C⟩ zero⟨U+200B⟩width ⟨U+001B⟩[2J',
    );
  });

  it("renders as inert text in the explorer", async () => {
    const app = render(<App model={createModel(hostileDocument())} columns={120} rows={30} />);
    await press(app.stdin, "3", "\t", "f", ..."belneft", "\r", "\r");
    const frame = app.lastFrame() ?? "";
    expect(screen(frame)).toContain("Belneftekhim <script>alert(1)</script>");
    expect(screen(frame)).toContain("⟨U+202E⟩evil");
    expect(screen(frame)).not.toMatch(RAW);
  });

  it("refuses a --data document with control characters in its words, naming where", () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-hostile-")), "report.json");
    writeFileSync(file, JSON.stringify(hostileDocument()));
    const r = spawnSync(process.execPath, [CLI, "--data", file, "show", "belneftekhim"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^report: '.+' is not a valid report document: entities\.\d+\.name: .*control character/);
  });

  it("prints as inert text from the scriptable CLI, and as exact JSON with --json", () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-hostile-")), "report.json");
    writeFileSync(file, JSON.stringify(hostileDocument(HOSTILE_VALID)));
    const text = spawnSync(process.execPath, [CLI, "--data", file, "show", "belneftekhim"], { encoding: "utf8" });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("<script>alert(1)</script>");
    expect(text.stdout).not.toMatch(RAW);
    const json = spawnSync(process.execPath, [CLI, "--data", file, "show", "belneftekhim", "--json"], {
      encoding: "utf8",
    });
    expect((JSON.parse(json.stdout) as { name: string }).name).toBe(`Belneftekhim ${HOSTILE_VALID}`);
  });
});

describe("escape sequences in a --data document", () => {
  // Hidden text (SGR 8) and a colour (SGR 31) are SGR sequences, as the CLI's own styles are: they used
  // to pass the output filter untouched.
  const SGR = "\u001B[8mhidden\u001B[0m \u001B[31mred";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw escape sequences.
  const ESCAPES = /\u001B\[[0-9;]*m/g;
  const OURS = new Set(["\u001B[1m", "\u001B[22m", "\u001B[2m", "\u001B[4m", "\u001B[24m", "\u001B[33m", "\u001B[39m"]);

  // @report/data 1.0 refuses control characters in every string but the source text (and the quotes,
  // its slices), so that is where a document can carry them: written over the start of p7-s2, which
  // Belneftekhim's evidence sits in, at the same length so every offset still holds.
  function sgrDocument(): string {
    const doc = structuredClone(report);
    const s = doc.structure.sentences.find((x) => x.id === "p7-s2");
    if (!s) throw new Error("fixture needs p7-s2");
    doc.source.text = doc.source.text.slice(0, s.start) + SGR + doc.source.text.slice(s.start + SGR.length);
    const reslice = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(reslice);
      else if (node && typeof node === "object") {
        const ev = node as { start?: unknown; end?: unknown; quote?: unknown };
        if (typeof ev.quote === "string" && typeof ev.start === "number" && typeof ev.end === "number")
          ev.quote = doc.source.text.slice(ev.start, ev.end);
        Object.values(node).forEach(reslice);
      }
    };
    const { source: _source, structure: _structure, ...records } = doc;
    reslice(records);
    const file = join(mkdtempSync(join(tmpdir(), "report-sgr-")), "report.json");
    writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  it("never reaches the terminal from show, entities, search, timeline or read, colours on", () => {
    const file = sgrDocument();
    for (const args of [["show", "belneftekhim"], ["entities"], ["search", "Belneftekhim"], ["timeline"], ["read"]]) {
      const r = spawnSync(process.execPath, [CLI, "--data", file, ...args], {
        encoding: "utf8",
        env: { ...process.env, FORCE_COLOR: "1", NO_COLOR: "" },
      });
      expect(r.status, args.join(" ")).toBe(0);
      const foreign = (r.stdout.match(ESCAPES) ?? []).filter((s) => !OURS.has(s));
      expect(foreign, args.join(" ")).toEqual([]);
      // Colours are on: the filter does not just strip every sequence.
      expect(r.stdout.match(ESCAPES)?.length ?? 0, args.join(" ")).toBeGreaterThan(0);
    }
    const shown = spawnSync(process.execPath, [CLI, "--data", file, "show", "belneftekhim"], {
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "1", NO_COLOR: "" },
    }).stdout;
    expect(shown).toContain("␛[8mhidden␛[0m");
  });
});
