import { listParts } from "@report/view";
import Link from "next/link";
import { Fragment } from "react";
import { entityName } from "../lib/report.ts";

/** Entity names as links, joined as an English list ("A, B, and C"). */
export function Names({ ids }: { ids: readonly string[] }) {
  let next = 0;
  return (
    <>
      {listParts(ids.map(entityName)).map((part, i) => {
        if (part.type === "literal") return <Fragment key={`s${i}`}>{part.value}</Fragment>;
        const id = ids[next++] ?? "";
        return (
          <Link key={id} href={`/entities/${id}`}>
            {part.value}
          </Link>
        );
      })}
    </>
  );
}
