import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { StrategyPage, strategyMetadata } from "../../../views/strategy.tsx";

export const generateMetadata = (): Metadata => strategyMetadata(DEFAULT_DOCUMENT);

export default function Page() {
  return <StrategyPage d={DEFAULT_DOCUMENT} />;
}
