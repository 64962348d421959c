import type { ReportDocument } from "@report/data";
import { DataError, readRegularFile } from "./read-file.ts";

/**
 * The documents of a `--data` file: one report document, or each of a corpus (`CorpusSchema`: a list
 * of documents). Reads and validates them (JSON) with `parseReport` of `@report/data/schema`,
 * which is loaded only here: the bundled report needs no validation. A corpus's documents are each
 * checked as a document is, and their ids must differ (`--doc` and the picker address them by id).
 */
export async function loadDataFile(file: string): Promise<ReportDocument[]> {
  const text = readRegularFile(file);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new DataError(
      `'${file}' is not a valid report document or corpus: not JSON (${oneLine((error as Error).message)})`,
    );
  }
  const { parseReport, ReportParseError } = await import("@report/data/schema");
  const parse = (value: unknown, invalid: (problem: string) => DataError): ReportDocument => {
    try {
      return parseReport(value);
    } catch (error) {
      if (!(error instanceof ReportParseError)) throw invalid(oneLine((error as Error).message));
      const first = error.issues[0];
      const path = first?.path.length ? first.path.map(String).join(".") : "(document)";
      throw invalid(first ? `${path}: ${oneLine(first.message)}` : "it does not match the schema");
    }
  };
  if (!Array.isArray(input)) {
    const document = parse(input, (problem) => new DataError(`'${file}' is not a valid report document: ${problem}`));
    return [document];
  }
  const notCorpus = (problem: string) => new DataError(`'${file}' is not a valid corpus: ${problem}`);
  if (input.length === 0) throw notCorpus("it lists no document (a corpus is a list of report documents)");
  const documents = input.map((value, i) => {
    const id = (value as { id?: unknown } | null)?.id;
    const which = `document ${i + 1}${typeof id === "string" ? ` ('${oneLine(id).slice(0, 80)}')` : ""}`;
    return parse(value, (problem) => notCorpus(`${which}: ${problem}`));
  });
  const seen = new Map<string, number>();
  for (const [i, d] of documents.entries()) {
    const other = seen.get(d.id);
    if (other !== undefined)
      throw notCorpus(`documents ${other + 1} and ${i + 1} both have the id '${d.id}' (each needs its own)`);
    seen.set(d.id, i);
  }
  return documents;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();
