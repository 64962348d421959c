import type { Sanction } from "@report/data";
import { monthOf } from "./words.ts";
import { type Land, OWNER, theOwner } from "./world.ts";
import type { DocWriter } from "./writer.ts";

// Sanctions with their history: imposed and increased, suspended after a release, the suspension
// extended, and the condition for further action.

/** Sanctions imposed and increased, suspended after a release, the suspension extended, and the condition stressed. */
export function sanctionsParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  const y = land.year;
  const regime: Sanction = {
    id: doc.freshId(`sanctions-on-the-regime-of-${land.slug}`),
    name: `sanctions on the regime of ${land.name}`,
    authority: OWNER.id,
    targets: [],
    history: [],
    status: "in-force",
    statusWord: "",
    conditions: [],
    implied: [],
    evidence: [],
  };
  land.regimeSanctions = regime;
  doc.sanctions.push(regime);
  doc.sentence((s) => {
    const from = s.at;
    const twoYears = rnd.next() < 0.6;
    const date = twoYears
      ? s.date(`in ${y - 2} and ${y - 1}`, `{${y - 2},${y - 1}}`, "occurred")
      : s.date(`in ${y - 1}`, `${y - 1}`, "occurred");
    s.put(" ");
    const act = theOwner(s);
    s.put(" ");
    if (twoYears) {
      const status = { word: "increased", evidence: s.put("increased") };
      s.put(" existing sanctions on ");
      s.mention(doc.known(land.government), "the regime");
      const e = doc.event({
        id: doc.freshId(`existing-sanctions-increased-on-${land.slug}`),
        type: "impose-sanctions",
        agents: [OWNER.id],
        targets: [land.government.id],
        date,
        aspect: "completed",
        status,
        evidence: [s.ev(act)],
      });
      regime.history.push({ event: e.id, status: "in-force", statusWord: "increased" });
      regime.targets.push(land.government.id);
      s.put(" and ");
    }
    const imposed = s.at;
    const status = { word: "imposed", evidence: s.put("imposed") };
    s.put(" new sanctions targeting ");
    const targets = [s.name(land.governmentEntities).id];
    s.put(", as well as ");
    const responsible = s.name(land.group("officials responsible for human rights abuses and repression"));
    doc.relate(responsible.id, "member-of", land.government.id, s.last);
    targets.push(responsible.id);
    const e = doc.event({
      id: doc.freshId(`new-sanctions-imposed-on-${land.slug}`),
      type: "impose-sanctions",
      agents: [OWNER.id],
      targets,
      date,
      aspect: "completed",
      status,
      evidence: [s.ev(twoYears ? imposed : act)],
    });
    regime.history.push({ event: e.id, status: "in-force", statusWord: "imposed" });
    regime.targets.push(...targets);
    regime.statusWord = regime.history[0]?.statusWord ?? "imposed";
    regime.evidence.push(s.ev(from));
  });
  suspensionSentences(doc, land, regime);
  doc.sentence((s) => {
    const from = s.at;
    const every = s.qualifier("at every opportunity", "frequency");
    s.put(", ");
    theOwner(s);
    s.put(" stresses to ");
    const officials = s.name(land.officials);
    s.put(" that ");
    const condition = s.put("further action on sanctions depends on additional positive human rights steps");
    s.put(" taken by ");
    s.mention(doc.known(land.government), "the government");
    const demand = doc.event({
      id: doc.freshId(`conditions-stressed-to-${land.slug}`),
      type: "demand-rights",
      agents: [OWNER.id],
      targets: [officials.id],
      aspect: "ongoing",
      qualifiers: [every],
      evidence: [s.ev(from)],
    });
    regime.conditions.push({ evidence: condition, statedIn: demand.id });
  });
}

/** "Following the release … in Y, the … suspended sanctions against …. The suspension was extended in …". */
function suspensionSentences(doc: DocWriter, land: Land, regime: Sanction): void {
  const y = land.year;
  const company = land.company;
  const subsidiaries = land.group(`two subsidiaries of ${company.name}`, "company");
  const suspended: Sanction = {
    id: doc.freshId(`sanctions-against-${company.id}-subsidiaries`),
    name: `sanctions against two subsidiaries of state-owned ${company.sector} ${company.name}`,
    authority: OWNER.id,
    targets: [subsidiaries.id],
    partOf: regime.id,
    history: [],
    status: "suspended",
    statusWord: "suspended",
    conditions: [],
    implied: ["partOf"],
    evidence: [],
  };
  doc.sentence((s) => {
    const following = s.put("following ").start;
    const released = s.at;
    s.put("the release of ");
    const last = s.qualifier("the last", "extent");
    s.put(" ");
    const prisoners = s.name(land.group("political prisoners"));
    s.put(" ");
    const date = s.date(`in ${y - 1}`, `${y - 1}`, "occurred");
    const release = doc.event({
      id: doc.freshId(`release-of-political-prisoners-in-${land.slug}`),
      type: "release-persons",
      agents: [land.government.id],
      targets: [prisoners.id],
      date,
      aspect: "completed",
      qualifiers: [last],
      implied: ["agents"],
      evidence: [s.ev(released)],
    });
    const after = { after: release.id, evidence: s.ev(following) };
    s.put(", ");
    const act = theOwner(s);
    s.put(" ");
    const status = { word: "suspended", evidence: s.put("suspended") };
    s.put(" sanctions against ");
    const group = s.at;
    s.put("two subsidiaries of state-owned ");
    const owned = s.at;
    s.put(`${company.sector} `);
    const parent = s.name(company);
    if (parent.properties.length === 0)
      parent.properties.push(
        { name: "ownership", value: "state-owned", evidence: s.ev(owned - "state-owned ".length) },
        { name: "sector", value: company.sector, evidence: s.ev(owned) },
      );
    const subs = doc.cite(subsidiaries, s.ev(group));
    if (subs.quantities.length === 0)
      subs.quantities.push({
        type: "count",
        value: 2,
        unit: "subsidiary",
        counts: `subsidiaries of ${company.name} whose sanctions were suspended`,
        evidence: s.ev(group, group + "two subsidiaries".length),
      });
    doc.relate(subs.id, "subsidiary-of", parent.id, s.ev(group));
    const e = doc.event({
      id: doc.freshId(`sanctions-suspended-for-${company.id}`),
      type: "ease-sanctions",
      agents: [OWNER.id],
      targets: [subs.id],
      after,
      aspect: "completed",
      status,
      evidence: [s.ev(act)],
    });
    suspended.history.push({ event: e.id, status: "suspended", statusWord: "suspended" });
    suspended.evidence.push(s.ev(act));
  });
  if (doc.rnd.next() < 0.7)
    doc.sentence((s) => {
      const status = { word: "extended", evidence: s.put("the suspension was extended") };
      s.put(" ");
      const month = monthOf(y, doc.rnd.int(1, 12));
      const date = s.date(`in ${month.words}`, month.edtf, "occurred");
      const e = doc.event({
        id: doc.freshId(`suspension-extended-for-${company.id}`),
        type: "ease-sanctions",
        agents: [OWNER.id],
        targets: [subsidiaries.id],
        date,
        aspect: "completed",
        status,
        implied: ["agents", "targets"],
        evidence: [s.ev(s.start)],
      });
      suspended.history.push({ event: e.id, status: "suspended", statusWord: "extended" });
      suspended.evidence.push(s.ev(s.start));
    });
  doc.sanctions.push(suspended);
}
