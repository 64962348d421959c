import { readFile, stat } from "node:fs/promises";
import type { ReportDocument } from "@report/data";

/** A report document that cannot be used; `message` is one line for the user. */
export class DataError extends Error {
  override name = "DataError";
}

/**
 * Reads and validates a report document (JSON) with `parseReport` of `@report/data/schema`, which is
 * loaded only here: the bundled report needs no validation.
 */
export async function loadReportFile(file: string): Promise<ReportDocument> {
  let text: string;
  try {
    // Anything but a regular file (a FIFO would block the read forever, a device never end) is refused at once.
    const kind = await stat(file);
    if (kind.isDirectory()) throw new DataError(`cannot read '${file}': it is a directory`);
    if (!kind.isFile()) throw new DataError(`cannot read '${file}': it is not a regular file`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`cannot read '${file}': ${reasonOf(error)}`);
  }
  const invalid = (problem: string) => new DataError(`'${file}' is not a valid report document: ${problem}`);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw invalid(`not JSON (${oneLine((error as Error).message)})`);
  }
  const { parseReport, ReportParseError } = await import("@report/data/schema");
  try {
    return parseReport(input);
  } catch (error) {
    if (error instanceof ReportParseError) {
      const first = error.issues[0];
      const path = first?.path.length ? first.path.map(String).join(".") : "(document)";
      throw invalid(first ? `${path}: ${oneLine(first.message)}` : "it does not match the schema");
    }
    throw invalid(oneLine((error as Error).message));
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return oneLine(e?.message ?? String(error));
  }
}
