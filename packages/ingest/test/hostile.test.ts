import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_BYTES } from "../src/read-input.ts";
import { buildDraft, fixture, ingestCli, scratch } from "./helpers.ts";

/** A failed run: exit 1 (2 for usage), one line naming the problem, never a stack trace. */
function expectClearError(r: ReturnType<typeof ingestCli>, message: RegExp, status = 1) {
  expect(r.status).toBe(status);
  expect(r.stderr).toMatch(/^ingest: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  if (status === 1) expect(r.stderr.trim().split("\n")).toHaveLength(1);
}

const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch(), name);
  writeFileSync(path, content);
  return path;
};
const fixture2010 = () => readFileSync(fixture("fixture-2010.txt"), "utf8");

describe("hostile input gets a clear error, never a stack trace", () => {
  it("a binary file", () => {
    const path = write("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expectClearError(
      ingestCli(path, "--out", join(scratch(), "d")),
      /image\.png is not a text file \(a NUL byte at byte 8\)/,
    );
  });

  it("an empty file, and one of blank lines", () => {
    for (const content of ["", "\n\n  \n"])
      expectClearError(ingestCli(write("empty.txt", content), "--out", join(scratch(), "d")), /empty\.txt is empty/);
  });

  it("a 50 MB text", () => {
    const path = write("huge.txt", Buffer.alloc(50 * 1024 * 1024, "Sanctions were imposed. "));
    expectClearError(
      ingestCli(path, "--out", join(scratch(), "d")),
      new RegExp(`huge\\.txt is 50\\.0 MB; ingest takes one report \\(at most ${MAX_BYTES / 1024 / 1024}\\.0 MB\\)`),
    );
  });

  it("a text that is not UTF-8", () => {
    const path = write("latin1.txt", Buffer.from(fixture2010().replace("Moldova", "Moldov\u00e1"), "latin1"));
    expectClearError(ingestCli(path, "--out", join(scratch(), "d")), /latin1\.txt is not UTF-8 text; convert it first/);
  });

  it("a text without a bureau line and an intro", () => {
    const path = write("one.txt", "A single paragraph and nothing else.");
    expectClearError(
      ingestCli(path, "--out", join(scratch(), "d")),
      /needs a bureau line, a blank line, then an intro/,
    );
  });

  it("a text with CR-only line ends: the error names the line ends and how to convert them", () => {
    const path = write("old-mac.txt", fixture2010().replace(/\n/g, "\r"));
    expectClearError(
      ingestCli(path, "--out", join(scratch(), "d")),
      /old-mac\.txt has CR-only line ends \(old Mac style\); ingest reads LF or CRLF line ends: convert it first \(for example: tr '\\r' '\\n' < .*old-mac\.txt > converted\.txt\)/,
    );
  });

  it("a missing file, a folder, and wrong arguments (exit 2 with usage)", () => {
    expectClearError(ingestCli(join(scratch(), "nope.txt"), "--out", join(scratch(), "d")), /nope\.txt: no such file/);
    expectClearError(ingestCli(scratch(), "--out", join(scratch(), "d")), /is a folder; give the report's text file/);
    for (const args of [[], [fixture("fixture-2010.txt")], ["a.txt", "b.txt", "--out", "x"], ["--nope"]])
      expectClearError(ingestCli(...args), /\nusage: pnpm ingest <text-file> --out <dir>/, 2);
    expectClearError(
      ingestCli(fixture("fixture-2010.txt"), "--out", "x", "--id", "Not A Slug"),
      /--id Not A Slug must be a lowercase slug/,
      2,
    );
  });

  it("never overwrites a folder: --force replaces only an earlier draft", () => {
    const dir = join(scratch(), "d");
    expect(ingestCli(fixture("fixture-2009.txt"), "--out", dir).status).toBe(0);
    expectClearError(
      ingestCli(fixture("fixture-2010.txt"), "--out", dir),
      /is not empty; give a new folder, or --force/,
    );
    expect(ingestCli(fixture("fixture-2010.txt"), "--out", dir, "--force").status).toBe(0);
    expect(readFileSync(join(dir, "source.txt"), "utf8")).toBe(fixture2010());
    const notes = join(scratch(), "notes");
    mkdirSync(notes);
    writeFileSync(join(notes, "mine.txt"), "keep");
    expectClearError(
      ingestCli(fixture("fixture-2010.txt"), "--out", notes, "--force"),
      /cannot be replaced: it holds files that are not a draft/,
      2,
    );
    expect(readFileSync(join(notes, "mine.txt"), "utf8")).toBe("keep");
  });

  it("--force never throws away a curator's work: it refuses, says why and how to go on, and changes nothing", () => {
    const dir = join(scratch(), "d");
    expect(ingestCli(fixture("fixture-2010.txt"), "--out", dir).status).toBe(0);
    // Untouched, a draft may be made again.
    expect(ingestCli(fixture("fixture-2010.txt"), "--out", dir, "--force").status).toBe(0);
    const pristine = new Map(
      ["events.yaml", "relations.yaml", "sanctions.yaml", "entities/country.yaml"].map((f) => [
        f,
        readFileSync(join(dir, f), "utf8"),
      ]),
    );
    const edits: [string, (s: string) => string, RegExp][] = [
      // The curator confirms an event: both marks gone.
      [
        "events.yaml",
        (s) => s.replace("  draft: true\n  confidence: 0.7\n", ""),
        /it holds confirmed work: events\.yaml 'meet-united-states-2009-12' has no draft: true mark \(confirmed\)/,
      ],
      // Half confirmed: the confidence removed, the draft mark left.
      [
        "entities/country.yaml",
        (s) => s.replace(/ {2}confidence: 0\.9\n/, ""),
        /entities\/country\.yaml 'united-states' has no confidence mark/,
      ],
      // A record ingest never writes.
      [
        "sanctions.yaml",
        () => "- id: steel-sanctions\n  authority: united-states\n",
        /sanctions\.yaml has 'steel-sanctions', which ingest never writes/,
      ],
      // A tie corrected by hand (relations carry no draft marks: the manifest tells).
      [
        "relations.yaml",
        (s) => `${s}# checked against the bureau's site\n`,
        /relations\.yaml was edited since ingest wrote it/,
      ],
    ];
    for (const [file, edit, why] of edits) {
      writeFileSync(join(dir, file), edit(pristine.get(file) as string));
      const r = ingestCli(fixture("fixture-2009.txt"), "--out", dir, "--force");
      expect(r.status).toBe(2);
      const [reason, ...usage] = r.stderr.trim().split("\n");
      expect(reason).toMatch(
        new RegExp(`^ingest: --out .*d cannot be replaced: (?:it holds confirmed work: )?${why.source}`),
      );
      expect(reason).toMatch(
        /--force replaces only a draft exactly as ingest wrote it: to keep your work, write the new draft to another folder \(--out .*d-new\) and carry your records over; to discard it, delete .*d yourself first$/,
      );
      expect(usage[0]).toMatch(/^usage: pnpm ingest <text-file> --out <dir>/);
      // Nothing replaced: the curator's edit and the first draft's source are still there.
      expect(readFileSync(join(dir, file), "utf8")).toBe(edit(pristine.get(file) as string));
      expect(readFileSync(join(dir, "source.txt"), "utf8")).toBe(fixture2010());
      writeFileSync(join(dir, file), pristine.get(file) as string);
    }
    writeFileSync(join(dir, "notes.md"), "my notes");
    expect(ingestCli(fixture("fixture-2009.txt"), "--out", dir, "--force").stderr).toMatch(
      /cannot be replaced: it holds notes\.md, which ingest did not write/,
    );
    rmSync(join(dir, "notes.md"));
    rmSync(join(dir, "entities/place.yaml"));
    expect(ingestCli(fixture("fixture-2009.txt"), "--out", dir, "--force").stderr).toMatch(
      /cannot be replaced: entities\/place\.yaml was removed since ingest wrote it/,
    );
  });
});

describe("awkward but valid text gets a correct draft", () => {
  it("CRLF line ends: offsets count the CR", () => {
    const dir = join(scratch(), "d");
    expect(ingestCli(fixture("fixture-2008.txt"), "--out", dir).status).toBe(0);
    const built = buildDraft(dir);
    const doc = built.doc;
    const text = readFileSync(fixture("fixture-2008.txt"), "utf8");
    expect(doc?.structure.sentences.map((s) => [s.start, text.slice(s.start, s.end)]).slice(0, 2)).toEqual([
      [0, "Bureau of Democracy, Human Rights, and Labor"],
      [
        48,
        "The following information reports U.S. Government priorities and activities of the U.S. mission in Armenia to promote democracy and human rights.",
      ],
    ]);
  });

  it("a UTF-8 byte order mark: kept in the source, as U+FEFF at offset 0", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture("fixture-2010.txt"))]);
    const dir = join(scratch(), "d");
    expect(ingestCli(write("bom.txt", bytes), "--out", dir).status).toBe(0);
    expect(readFileSync(join(dir, "source.txt"))).toEqual(bytes);
    const doc = buildDraft(dir).doc;
    expect(doc?.source.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(doc?.source.text.charCodeAt(0)).toBe(0xfeff);
    expect(doc?.structure.paragraphs[0]?.start).toBe(1);
    expect(doc?.events.find((e) => e.type === "meet")?.date?.edtf).toBe("2009-12");
  });

  it("non-ASCII text: offsets are UTF-16 code units into the decoded text", () => {
    // Fixture words: accents (one code unit each) and an emoji (two code units, four bytes).
    const text = fixture2010()
      .replace("Chisinau", "Chi\u0219in\u0103u")
      .replace("Orchard Civic Centre", "\u00c9cole Civic Centre \u{1F600}");
    const dir = join(scratch(), "d");
    const r = ingestCli(write("utf8.txt", text), "--out", dir);
    expect(r.stderr).toBe("");
    const doc = buildDraft(dir).doc;
    expect(doc?.source.encoding).toBe("utf-8");
    expect(doc?.source.bytes).toBe(Buffer.byteLength(text));
    const meet = doc?.events.find((e) => e.place);
    expect(meet?.place).toBe("chisinau");
    expect(doc?.entities.find((e) => e.id === "chisinau")?.name).toBe("Chi\u0219in\u0103u");
    const last = doc?.structure.sentences.at(-1);
    expect(last && doc?.source.text.slice(last.start, last.end)).toMatch(/^The envoy said/);
    expect(last?.start).toBe(text.indexOf("The envoy said"));
    for (const e of doc?.events ?? []) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it("control characters are recorded as defects, never removed", () => {
    const text = fixture2010().replace("five diplomats", "five\u0007 diplomats");
    const dir = join(scratch(), "d");
    expect(ingestCli(write("bell.txt", text), "--out", dir).status).toBe(0);
    const doc = buildDraft(dir).doc;
    expect(doc?.defects.map((d) => [d.kind, d.description, d.evidence.quote])).toContainEqual([
      "control-character",
      "The control character U+0007 is in the text. Recorded here, not removed from the text.",
      "\u0007",
    ]);
    expect(doc?.source.text).toBe(text);
  });
});
