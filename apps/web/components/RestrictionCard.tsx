import type { Restriction } from "@report/data";
import { capitalize, datedWords, quantityWords, restrictionTypeLabel } from "@report/view";
import type { SiteDocument } from "../lib/documents.ts";
import { EvidenceLink } from "./Evidence.tsx";
import { Names } from "./Names.tsx";

/** A restriction: who restricts whom or what, the limit and since when, where the text gives them. */
export function RestrictionCard({ d, restriction: r }: { d: SiteDocument; restriction: Restriction }) {
  return (
    <article className="card" id={r.id}>
      <p className="card-kind">{restrictionTypeLabel(r.type)}</p>
      <h3 className="card-title">{capitalize(r.name)}</h3>
      <dl className="card-facts">
        <div>
          <dt>By</dt>
          <dd>
            <Names d={d} ids={[r.authority]} />
          </dd>
        </div>
        {r.targets.length > 0 ? (
          <div>
            <dt>On</dt>
            <dd>
              <Names d={d} ids={r.targets} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>What</dt>
          <dd>{r.restricts.quote}</dd>
        </div>
        {r.limit ? (
          <div>
            <dt>Limit</dt>
            <dd>{quantityWords(r.limit)}</dd>
          </div>
        ) : null}
        {r.date ? (
          <div>
            <dt>Since</dt>
            <dd>{capitalize(datedWords(r.date))}</dd>
          </div>
        ) : null}
      </dl>
      {r.evidence[0] ? (
        <blockquote className="card-quote">
          <p>“{r.evidence[0].quote}”</p>
          <footer>
            <EvidenceLink d={d} ev={r.evidence[0]} />
          </footer>
        </blockquote>
      ) : null}
    </article>
  );
}
