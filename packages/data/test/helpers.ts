import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const readData = (name: string) => readFileSync(join(packageRoot, "data", name), "utf8");
export const committedReport = () => JSON.parse(readData("report.json")) as unknown;

/** A throwaway copy of the package's inputs (content, source, package.json) to break on purpose. */
export function scratchPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "report-data-"));
  for (const name of ["content", "source", "package.json"])
    cpSync(join(packageRoot, name), join(dir, name), { recursive: true });
  return dir;
}
