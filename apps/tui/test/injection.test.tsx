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
    await press(app.stdin, "3", "f", ..."belneft", "\r", "\r");
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
