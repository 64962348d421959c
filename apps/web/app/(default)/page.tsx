import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../lib/documents.ts";
import { HomePage, homeMetadata } from "../../views/home.tsx";

export const generateMetadata = (): Metadata => homeMetadata(DEFAULT_DOCUMENT);

export default function Home() {
  return <HomePage d={DEFAULT_DOCUMENT} />;
}
