import type { Sanction } from "@report/data";
import { capitalize, sanctionChain } from "@report/view";
import type { SiteDocument } from "../lib/documents.ts";
import { EvidenceLink } from "./Evidence.tsx";
import { Names } from "./Names.tsx";

/** A status word as a badge, coloured by what it means ("in force", "suspended"). */
export function Status({ status, label }: { status: string; label: string }) {
  return <strong className={`status status-${status}`}>{capitalize(label)}</strong>;
}

/** One sanction: its state now, who imposed it on whom, its history as a chain of dated steps, its condition. */
export function SanctionChainView({ d, sanction: s }: { d: SiteDocument; sanction: Sanction }) {
  const chain = sanctionChain(d.doc, s);
  const parent = s.partOf ? d.doc.sanctions.find((x) => x.id === s.partOf) : undefined;
  return (
    <section className="sanction" id={s.id} aria-labelledby={`${s.id}-name`}>
      <h2 id={`${s.id}-name`}>{chain.name}</h2>
      <dl className="facts-inline">
        <div>
          <dt>Status now</dt>
          <dd>
            <Status status={s.status} label={chain.state} />
          </dd>
        </div>
        <div>
          <dt>Imposed by</dt>
          <dd>
            <Names d={d} ids={[s.authority]} />
          </dd>
        </div>
        <div>
          <dt>On</dt>
          <dd>
            <Names d={d} ids={s.targets} />
          </dd>
        </div>
        {parent ? (
          <div>
            <dt>Part of</dt>
            <dd>
              <a href={`#${parent.id}`}>{parent.name}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      <h3>History</h3>
      <ol className="chain">
        {chain.steps.map((step) => (
          <li
            key={`${step.eventId}-${step.text}`}
            className={`step step-${step.status}${step.from ? " step-inherited" : ""}`}
          >
            <p className="step-what">
              <strong>{step.text}</strong> <Status status={step.status} label={step.state} />
              {step.from ? <span className="step-from"> (as part of the {step.from})</span> : null}
            </p>
            <blockquote className="step-quote">
              <p>“{step.evidence.quote}”</p>
              <footer>
                <EvidenceLink d={d} ev={step.evidence} />
              </footer>
            </blockquote>
          </li>
        ))}
      </ol>
      {chain.conditions.length > 0 ? (
        <>
          <h3>Condition</h3>
          {chain.conditions.map((c) => (
            <blockquote key={c.evidence.start} className="condition">
              <p>“{c.evidence.quote}”</p>
              <footer>
                {c.from ? <>Stated for the {c.from}. </> : null}
                <EvidenceLink d={d} ev={c.evidence} />
              </footer>
            </blockquote>
          ))}
        </>
      ) : null}
    </section>
  );
}
