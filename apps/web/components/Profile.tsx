import type { Evidence } from "@report/data";
import {
  capitalize,
  type EntityRoles,
  eventSentence,
  recordPath,
  relationSentence,
  restrictionSentence,
  sanctionStatusLabel,
  strategySentence,
} from "@report/view";
import Link from "next/link";
import { report } from "../lib/report.ts";
import { EvidenceLink } from "./Evidence.tsx";

type Line = { id: string; words: string; href: string; ev: Evidence | undefined; status?: string };

/** One part an entity plays: a heading and a line per record, each linked to its page and its words. */
function Part({ id, title, lines }: { id: string; title: string; lines: Line[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={id} className="profile-part">
      <h2 id={id}>
        {title} <span className="count">({lines.length})</span>
      </h2>
      <ul className="record-lines">
        {lines.map((l) => (
          <li key={l.id}>
            <Link href={l.href}>{l.words}</Link>
            {l.status ? <span className="muted"> ({l.status})</span> : null}
            {l.ev ? (
              <span className="record-source">
                {" "}
                · <EvidenceLink ev={l.ev} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const path = (id: string) => recordPath(report, id) ?? "/";

/** Everything an entity does and has done to it, part by part, each part left out when empty. */
export function ProfileParts({ roles, self }: { roles: EntityRoles; self: string }) {
  const events = (list: EntityRoles["acts"]): Line[] =>
    list.map((e) => ({ id: e.id, words: eventSentence(report, e), href: path(e.id), ev: e.evidence[0] }));
  const sanctions = (list: EntityRoles["imposes"]): Line[] =>
    list.map((s) => ({
      id: s.id,
      words: capitalize(s.name),
      href: path(s.id),
      ev: s.evidence[0],
      status: sanctionStatusLabel(s.status),
    }));
  const programs = (list: EntityRoles["runs"]): Line[] =>
    list.map((p) => ({ id: p.id, words: p.name, href: path(p.id), ev: p.evidence[0] }));
  const restrictions = (list: EntityRoles["restricts"]): Line[] =>
    list.map((r) => ({ id: r.id, words: restrictionSentence(report, r), href: path(r.id), ev: r.evidence[0] }));
  const parts: [id: string, title: string, lines: Line[]][] = [
    ["acts", "What it does", events(roles.acts)],
    ["acted-on", "What is done to it", events(roles.actedOn)],
    ["through", "Done through it", events(roles.through)],
    ["at", "What took place there", events(roles.at)],
    ["imposes", "Sanctions it imposes", sanctions(roles.imposes)],
    ["sanctioned", "Sanctions on it", sanctions(roles.sanctioned)],
    ["restricts", "Restrictions it imposes", restrictions(roles.restricts)],
    ["restricted", "Restrictions on it", restrictions(roles.restricted)],
    [
      "strategies",
      "Policy and strategy",
      roles.strategies.map((s) => ({
        id: s.id,
        words: strategySentence(report, s),
        href: path(s.id),
        ev: s.evidence[0],
      })),
    ],
    ["programs", "Programs it runs or funds", programs(roles.runs)],
    ["served-by", "Programs for it", programs(roles.servedBy)],
    [
      "ties",
      "Lasting ties",
      roles.ties.map((r) => ({
        id: r.id,
        words: relationSentence(report, r),
        href: `/entities/${r.source === self ? r.target : r.source}`,
        ev: r.evidence[0],
        ...(r.external ? { status: "known from outside the text" } : {}),
      })),
    ],
  ];
  return parts.map(([id, title, lines]) => <Part key={id} id={id} title={title} lines={lines} />);
}
