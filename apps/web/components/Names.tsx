import { listParts } from "@report/view";
import Link from "next/link";
import { Fragment } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { entityName } from "../lib/report.ts";

/** Entity names as links, joined as an English list ("A, B, and C"). */
export function Names({ d, ids }: { d: SiteDocument; ids: readonly string[] }) {
  let next = 0;
  return (
    <>
      {listParts(ids.map((id) => entityName(d, id))).map((part, i) => {
        if (part.type === "literal") return <Fragment key={`s${i}`}>{part.value}</Fragment>;
        const id = ids[next++] ?? "";
        return (
          <Link key={id} href={pathIn(d, `/entities/${id}`)}>
            {part.value}
          </Link>
        );
      })}
    </>
  );
}
