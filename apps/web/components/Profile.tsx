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
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { EvidenceLink } from "./Evidence.tsx";

type Line = { id: string; words: string; href: string; ev: Evidence | undefined; status?: string };

/** One part an entity plays: a heading and a line per record, each linked to its page and its words. */
function Part({ d, id, title, lines }: { d: SiteDocument; id: string; title: string; lines: Line[] }) {
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
                · <EvidenceLink d={d} ev={l.ev} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everything an entity does and has done to it, part by part, each part left out when empty. */
export function ProfileParts({ d, roles, self }: { d: SiteDocument; roles: EntityRoles; self: string }) {
  const path = (id: string) => pathIn(d, recordPath(d.doc, id) ?? "/");
  const events = (list: EntityRoles["acts"]): Line[] =>
    list.map((e) => ({ id: e.id, words: eventSentence(d.doc, e), href: path(e.id), ev: e.evidence[0] }));
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
    list.map((r) => ({ id: r.id, words: restrictionSentence(d.doc, r), href: path(r.id), ev: r.evidence[0] }));
  const parts: [id: string, title: string, lines: Line[]][] = [
    ["acts", "What it does", events(roles.acts)],
    ["acted-on", "What is done to it", events(roles.actedOn)],
    ["through", "Done through it", events(roles.through)],
    ["at", "What took place there", events(roles.at)],
    ["imposes", "Sanctions it imposes", sanctions(roles.imposes)],
    ["sanctioned", "Sanctions on it", sanctions(roles.sanctioned)],
    ["parts-sanctioned", "Sanctions on its subsidiaries or parts", sanctions(roles.partsSanctioned)],
    ["restricts", "Restrictions it imposes", restrictions(roles.restricts)],
    ["restricted", "Restrictions on it", restrictions(roles.restricted)],
    [
      "strategies",
      "Policy and strategy",
      roles.strategies.map((s) => ({
        id: s.id,
        words: strategySentence(d.doc, s),
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
        words: relationSentence(d.doc, r),
        href: pathIn(d, `/entities/${r.source === self ? r.target : r.source}`),
        ev: r.evidence[0],
        ...(r.external ? { status: "known from outside the text" } : {}),
      })),
    ],
  ];
  return parts.map(([id, title, lines]) => <Part key={id} d={d} id={id} title={title} lines={lines} />);
}
