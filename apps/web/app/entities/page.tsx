import type { Metadata } from "next";
import Link from "next/link";
import { withOpenGraph } from "../../lib/meta.ts";
import { entitiesByKind, isEntityKind, KIND_LABELS } from "../../lib/report.ts";
import { STATIC_EXPORT } from "../../lib/site.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Entities",
    description: "Every entity in the report, by kind: actors, places, events, actions, sanctions and more.",
    alternates: { canonical: "/entities" },
  });

export default async function EntitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The static export cannot read ?kind=: its filter links jump to the kind's section instead.
  const raw = STATIC_EXPORT ? undefined : (await searchParams).kind;
  const kind = isEntityKind(raw) ? raw : undefined;
  const groups = entitiesByKind();
  const shown = kind ? groups.filter((g) => g.kind === kind) : groups;
  return (
    <>
      <h1>Entities{kind ? `: ${KIND_LABELS[kind]}` : ""}</h1>
      <nav aria-label="Filter by kind" className="filters">
        <ul>
          <li>
            <Link href="/entities" aria-current={kind ? undefined : "page"}>
              All kinds
            </Link>
          </li>
          {groups.map((g) => (
            <li key={g.kind}>
              <Link
                href={STATIC_EXPORT ? `#kind-${g.kind}` : `/entities?kind=${g.kind}`}
                aria-current={g.kind === kind ? "page" : undefined}
              >
                {KIND_LABELS[g.kind]} ({g.items.length})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {raw !== undefined && !kind ? <p role="status">There is no kind with that name; showing all kinds.</p> : null}
      {shown.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>
            {KIND_LABELS[g.kind]} <span className="count">({g.items.length})</span>
          </h2>
          <ul className="entity-list">
            {g.items.map((e) => (
              <li key={e.id}>
                <Link href={`/entities/${e.id}`}>{e.name}</Link>
                {e.status ? <span className="status"> — {e.status.word}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
