import { readFileSync, statSync } from "node:fs";
import { IngestError } from "./errors.ts";

/** A report of the series is a few kilobytes; this is hundreds of reports, and more is not a report. */
export const MAX_BYTES = 5 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the report's text, or says in one line why it cannot be one: missing, a folder, empty,
 * too large, binary (a NUL byte), not UTF-8, or with CR-only line ends. The bytes are returned as they are: ingest copies
 * them byte for byte, so the draft's source hash is the file's own.
 */
export function readInput(path: string): { bytes: Uint8Array; text: string } {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new IngestError(`${path} is a folder; give the report's text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  if (size > MAX_BYTES)
    throw new IngestError(
      `${path} is ${mb(size)}; ingest takes one report (at most ${mb(MAX_BYTES)}): split the text into one file per report`,
    );
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new IngestError(`${path} is not a text file (a NUL byte at byte ${nul}); give the report as plain text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(`${path} is not UTF-8 text; convert it first (for example: iconv -f latin1 -t utf-8)`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new IngestError(`${path} is empty; give the report's text`);
  // Old Mac files end lines with CR alone: the layout (bureau line, blank line, intro) is then one line.
  if (text.includes("\r") && !text.includes("\n"))
    throw new IngestError(
      `${path} has CR-only line ends (old Mac style); ingest reads LF or CRLF line ends: convert it first (for example: tr '\\r' '\\n' < ${path} > converted.txt)`,
    );
  return { bytes, text };
}
