import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, and the packages and apps the benchmarks drive. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const dataDir = join(root, "packages/data");
export const webDir = join(root, "apps/web");
