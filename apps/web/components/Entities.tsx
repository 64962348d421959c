import { isEntityKind, kindLabel } from "@report/view";
import Link from "next/link";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { entitiesByKind } from "../lib/report.ts";
import { STATIC_EXPORT } from "../lib/site.ts";
import { Network, NetworkList } from "./Network.tsx";

/**
 * Who's who: the picture of who acts on whom (all kinds only), then the entities by kind. `raw` is the
 * requested `?kind=` (undefined: all kinds; not a kind: all kinds and a note). Each variant is prerendered:
 * the proxy rewrites /entities?kind=… to /entities/kind/….
 */
export function EntitiesView({ d, raw }: { d: SiteDocument; raw: string | string[] | undefined }) {
  const kind = isEntityKind(raw) ? raw : undefined;
  const groups = entitiesByKind(d);
  const shown = kind ? groups.filter((g) => g.kind === kind) : groups;
  return (
    <>
      <h1>{kind ? `Who’s who: ${kindLabel(kind)}` : "Who’s who"}</h1>
      <p className="lede">
        The countries, public bodies, organizations, groups, places and programs the report names, and who acts on whom.
      </p>
      {raw !== undefined && !kind ? (
        <p className="notice">There is no kind with that name; showing all kinds.</p>
      ) : null}
      {kind ? null : (
        <section aria-labelledby="network-heading">
          <h2 id="network-heading">Who acts on whom</h2>
          <p>
            A picture of who acts on whom and who works with whom. <a href="#network-list">The same facts as a list</a>{" "}
            follow it.
          </p>
          <Network d={d} />
          <h3 id="network-list">The same, as a list</h3>
          <NetworkList d={d} />
        </section>
      )}
      <section aria-labelledby="by-kind">
        <h2 id="by-kind">By kind</h2>
        <nav aria-label="Filter by kind" className="chips">
          <ul>
            <li>
              <Link href={pathIn(d, "/entities")} aria-current={kind ? undefined : "page"}>
                All kinds
              </Link>
            </li>
            {groups.map((g) => (
              <li key={g.kind}>
                {/* A plain link: the proxy picks the page by its query, which a prefetch would miss. */}
                <a
                  href={STATIC_EXPORT ? `#kind-${g.kind}` : pathIn(d, `/entities?kind=${g.kind}`)}
                  aria-current={g.kind === kind ? "page" : undefined}
                >
                  {kindLabel(g.kind)} ({g.items.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="kind-grid">
          {shown.map((g) => (
            <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className="kind-group">
              <h3 id={`kind-${g.kind}`}>
                {kindLabel(g.kind)} <span className="count">({g.items.length})</span>
              </h3>
              <ul className="entity-list">
                {g.items.map((e) => (
                  <li key={e.id}>
                    <Link href={pathIn(d, `/entities/${e.id}`)}>{e.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </>
  );
}
