import type { Event, Restriction, SanctionView, Strategy } from "@report/data";
import {
  datedWords,
  eventTypeLabel,
  eventWhen,
  quantityWords,
  recordTitle,
  sanctionStatusLabel,
  strategySentence,
} from "@report/view";
import { report } from "../lib/report.ts";
import { EvidenceLink } from "./Evidence.tsx";
import { Names } from "./Names.tsx";
import { TableWrap } from "./TableWrap.tsx";

/** Who did what to whom: every event, in text order. */
export function EventsTable({ events }: { events: Event[] }) {
  return (
    <TableWrap label="Who acted on whom">
      <table>
        <caption>Who acted on whom ({events.length} events)</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Acted on</th>
            <th scope="col">Status (as printed)</th>
            <th scope="col">When</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} id={e.id}>
              <td>
                <Names ids={e.agents} />
              </td>
              <td>{eventTypeLabel(e.type)}</td>
              <td>
                <Names ids={e.targets.length > 0 ? e.targets : e.instruments} />
              </td>
              <td>{e.status ? <strong className="status-word">{e.status.word}</strong> : "—"}</td>
              <td>{eventWhen(report, e) ?? (e.aspect === "ongoing" ? "ongoing" : "—")}</td>
              <td>
                <EvidenceLink ev={e.evidence[0]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Each sanction with its authority, targets, state and the whole chain of changes. */
export function SanctionsTable({ sanctions }: { sanctions: SanctionView[] }) {
  return (
    <TableWrap label="Sanctions">
      <table>
        <caption>Sanctions ({sanctions.length})</caption>
        <thead>
          <tr>
            <th scope="col">Sanction</th>
            <th scope="col">By</th>
            <th scope="col">On</th>
            <th scope="col">Status</th>
            <th scope="col">History</th>
          </tr>
        </thead>
        <tbody>
          {sanctions.map((s) => (
            <tr key={s.id} id={s.id}>
              <td>{recordTitle(report, s.id)}</td>
              <td>
                <Names ids={[s.authority]} />
              </td>
              <td>
                <Names ids={s.targets} />
              </td>
              <td>
                {sanctionStatusLabel(s.status)} (printed “<strong className="status-word">{s.statusWord}</strong>”)
              </td>
              <td>
                <ol className="history">
                  {s.history.map((h) => (
                    <li key={h.event.id}>
                      {h.statusWord} {eventWhen(report, h.event) ?? ""} (<EvidenceLink ev={h.event.evidence[0]} />)
                    </li>
                  ))}
                </ol>
                {s.conditions.map((c) => (
                  <p key={c.evidence.start} className="condition">
                    Condition: “{c.evidence.quote}” (<EvidenceLink ev={c.evidence} />)
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Each restriction: who restricts whom or what, the limit, and since when. */
export function RestrictionsTable({ restrictions }: { restrictions: Restriction[] }) {
  return (
    <TableWrap label="Restrictions">
      <table>
        <caption>Restrictions ({restrictions.length})</caption>
        <thead>
          <tr>
            <th scope="col">Restriction</th>
            <th scope="col">By</th>
            <th scope="col">Restricts</th>
            <th scope="col">Limit</th>
            <th scope="col">Since</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {restrictions.map((r) => (
            <tr key={r.id} id={r.id}>
              <td>{recordTitle(report, r.id)}</td>
              <td>
                <Names ids={[r.authority]} />
              </td>
              <td>
                {r.targets.length > 0 ? <Names ids={r.targets} /> : null}
                {r.targets.length > 0 ? ": " : null}“{r.restricts.quote}”
              </td>
              <td>{r.limit ? quantityWords(r.limit) : "—"}</td>
              <td>{r.date ? <span data-edtf={r.date.edtf}>{datedWords(r.date)}</span> : "—"}</td>
              <td>
                <EvidenceLink ev={r.evidence[0]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The policy and the assistance strategy: their goals, and priority areas with their sub-goals, in text order. */
export function Strategies({ strategies }: { strategies: Strategy[] }) {
  return (
    <section aria-labelledby="strategies">
      <h2 id="strategies">Policy and strategy</h2>
      {strategies.map((s) => (
        <article key={s.id} id={s.id} className="strategy">
          <h3>{recordTitle(report, s.id)}</h3>
          <p>
            {strategySentence(report, s)} (<EvidenceLink ev={s.evidence[0]} />)
          </p>
          {s.priorityAreas.length > 0 ? (
            <ol className="priority-areas">
              {s.priorityAreas.map((a) => (
                <li key={a.id} id={a.id}>
                  {recordTitle(report, a.id)}
                  <ul>
                    {a.subGoals.map((g) => (
                      <li key={g.id} id={g.id}>
                        {recordTitle(report, g.id)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          ) : null}
          {s.goals.length > 0 ? (
            <>
              <h4>Goals</h4>
              <ul>
                {s.goals.map((g) => (
                  <li key={g.id} id={g.id}>
                    {recordTitle(report, g.id)} (<EvidenceLink ev={g.evidence} />)
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
