import { isEntityKind, kindLabel } from "@report/view";
import Link from "next/link";
import { entitiesByKind } from "../lib/report.ts";
import { STATIC_EXPORT } from "../lib/site.ts";

/**
 * Entities by kind. `raw` is the requested `?kind=` (undefined: all kinds; not a kind: all kinds and a note).
 * Each variant is prerendered: the proxy rewrites /entities?kind=… to /entities/kind/….
 */
export function EntitiesView({ raw }: { raw: string | string[] | undefined }) {
  const kind = isEntityKind(raw) ? raw : undefined;
  const groups = entitiesByKind();
  const shown = kind ? groups.filter((g) => g.kind === kind) : groups;
  return (
    <>
      <h1>Entities{kind ? `: ${kindLabel(kind)}` : ""}</h1>
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
                {kindLabel(g.kind)} ({g.items.length})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {raw !== undefined && !kind ? <p role="status">There is no kind with that name; showing all kinds.</p> : null}
      {shown.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>
            {kindLabel(g.kind)} <span className="count">({g.items.length})</span>
          </h2>
          <ul className="entity-list">
            {g.items.map((e) => (
              <li key={e.id}>
                <Link href={`/entities/${e.id}`}>{e.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
