import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { SearchPage, type SearchParams, searchMetadata, searchQuery } from "../../../views/search.tsx";

type Props = { searchParams: SearchParams };

export const generateMetadata = ({ searchParams }: Props): Promise<Metadata> =>
  searchMetadata(DEFAULT_DOCUMENT, searchParams);

/** Rendered per request (the proxy gives it a nonce); the static export says search needs the server. */
export default async function Page({ searchParams }: Props) {
  return <SearchPage d={DEFAULT_DOCUMENT} q={await searchQuery(searchParams)} />;
}
