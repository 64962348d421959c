import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { SearchPage, type SearchParams, searchMetadata, searchQuery } from "../../../../views/search.tsx";

type Props = { params: DocumentParams; searchParams: SearchParams };

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> =>
  searchMetadata(await documentOf(params), searchParams);

export default async function Page({ params, searchParams }: Props) {
  return <SearchPage d={await documentOf(params)} q={await searchQuery(searchParams)} />;
}
