import type { Program } from "@report/data";
import { PROGRAMS, pickSome } from "./words.ts";
import { DONORS, type Land, OWNER, theOwner } from "./world.ts";
import type { DocWriter, EntitySpec, SentenceWriter } from "./writer.ts";

// Trafficking and the programs the reporting state funds, a foreign-funded partner, humanitarian aid.

/** Trafficking, funded programs, a foreign-funded partner, humanitarian aid. */
export function programsParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  doc.sentence((s) => {
    const from = theOwner(s);
    s.put(" also supports efforts to reduce ");
    const topic = s.put("trafficking in persons");
    s.put(", ");
    const focus = s.qualifier("with a particular focus on", "scope");
    s.put(" the labor exploitation of ");
    const min = rnd.int(14, 18);
    const max = rnd.int(30, 40);
    const women = land.group(`women between the ages of ${min} and ${max}`);
    const entity = s.name(women);
    const ages = s.ev(s.last.end - `between the ages of ${min} and ${max}`.length);
    entity.quantities.push({
      type: "range",
      min,
      max,
      unit: "year",
      counts: "ages of the women most at risk",
      evidence: ages,
    });
    doc.event({
      id: doc.freshId(`anti-trafficking-support-in-${land.slug}`),
      type: "provide-aid",
      agents: [OWNER.id],
      targets: [women.id],
      aspect: "ongoing",
      topics: [topic],
      qualifiers: [focus],
      evidence: [s.ev(from)],
    });
  });
  doc.sentence((s) => {
    const from = theOwner(s);
    s.put(" funded programs ");
    const programs = s.list(pickSome(rnd, PROGRAMS, 1, 4), (p) => {
      const program = programNamed(s, land.group(p.name, "program"), p.purpose);
      if (p.means) {
        s.put(" ");
        program.means.push(s.put(p.means));
      }
      if (p.target) {
        s.put(p.target.join);
        program.targets.push(s.name(land.group(p.target.words)).id);
      }
      return program.id;
    });
    doc.event({
      id: doc.freshId(`programs-funded-in-${land.slug}`),
      type: "provide-economic-aid",
      agents: [OWNER.id],
      aspect: "completed",
      instruments: programs,
      evidence: [s.ev(from)],
    });
  });
  if (rnd.next() < 0.5)
    doc.sentence((s) => {
      s.put("the ");
      const network = s.name(land.group("antitrafficking NGO network"));
      s.put(" is ");
      const first = s.qualifier("the first", "rank");
      s.put(" ");
      const funded = s.put("foreign-funded");
      network.properties.push({ name: "funding", value: "foreign-funded", evidence: funded });
      s.put(" NGO sector ");
      s.mention(doc.known(land.government), "the government");
      s.put(" has accepted as a partner");
      doc.relate(land.government.id, "partner-of", network.id, s.ev(s.start), [first]);
    });
  if (rnd.next() < 0.6)
    doc.sentence((s) => {
      const from = theOwner(s);
      s.put(" facilitates ");
      const direct = s.qualifier("direct", "scope");
      s.put(" humanitarian aid to ");
      const hospitals = s.name(land.group(`${land.adj} hospitals`));
      s.put(" through funding the ");
      const transport = programNamed(s, land.group("transport of supplies", "program"));
      const supplies = s.last.start + "transport of ".length;
      s.put(" ");
      const donated = s.qualifier("donated", "role");
      s.put(" by ");
      const donors = s.name(DONORS);
      doc.relate(donors.id, "participates-in", transport.id, s.ev(supplies));
      doc.event({
        id: doc.freshId(`humanitarian-aid-to-${land.slug}`),
        type: "provide-humanitarian-aid",
        agents: [OWNER.id],
        targets: [hospitals.id],
        instruments: [transport.id],
        aspect: "ongoing",
        qualifiers: [direct, donated],
        evidence: [s.ev(from)],
      });
    });
}

/** Writes a program's name, or the purpose that names it, and records the reporting state as its agent. */
export function programNamed(s: SentenceWriter, spec: EntitySpec, purpose?: string): Program {
  const program = s.name(spec, purpose ?? spec.name);
  if (program.kind !== "program") throw new Error(`'${spec.id}' is not a program`);
  if (!program.agents.includes(OWNER.id)) program.agents.push(OWNER.id);
  if (purpose && !program.purpose) program.purpose = s.last;
  return program;
}
