import type { Event } from "@report/data";
import { programNamed } from "./programs.ts";
import { pickSome } from "./words.ts";
import { type Land, OWNER, slug, theOwner } from "./world.ts";
import type { DocWriter, SentenceWriter } from "./writer.ts";

// The paragraph that lists the means of the reporting state's policy, each an event.

const MEANS = [
  { words: "denying direct, non-humanitarian assistance to government entities", type: "stop-aid" },
  { words: "monitoring, reporting, and speaking out on governmental abuses", type: "investigate-abuses" },
  {
    words: "supporting democracy and human rights programs",
    type: "provide-aid",
    program: "democracy and human rights programs",
  },
  {
    words: "facilitating educational and professional exchanges",
    type: "provide-aid",
    program: "educational and professional exchanges",
  },
] as const;

/** "… continues its policy of promoting democracy by: denying …; monitoring …; supporting …". */
export function meansParagraph(doc: DocWriter, land: Land): void {
  const policy = land.policy;
  doc.sentence((s) => {
    const from = theOwner(s);
    s.put(" ");
    const continues = s.qualifier("continues", "continuity");
    s.put(" its policy of promoting democracy by: ");
    const means = pickSome(doc.rnd, MEANS, 2, 4);
    means.forEach((m, i) => {
      if (i > 0) s.put(i < means.length - 1 ? "; " : means.length > 2 ? "; and " : " and ");
      policy?.means.push(meansEvent(doc, s, land, m).id);
    });
    policy?.qualifiers.push(continues);
    policy?.evidence.push(s.ev(from));
  });
  const limit = land.staffLimit;
  if (limit && doc.rnd.next() < 0.7)
    doc.sentence((s) => {
      const from = s.at;
      s.put("these efforts take place despite ");
      s.name(land.embassy, `${land.embassy.name}'s`);
      s.put(" limited ");
      s.put("staffing");
      limit.evidence.push(s.ev(from));
      policy?.evidence.push(s.ev(from));
    });
}

function meansEvent(doc: DocWriter, s: SentenceWriter, land: Land, m: (typeof MEANS)[number]): Event {
  const from = s.at;
  const base = {
    id: doc.freshId(`${slug(m.words.split(",")[0] ?? m.words)}-${land.slug}`),
    agents: [OWNER.id],
    aspect: "ongoing" as const,
  };
  if (m.type === "stop-aid") {
    s.put("denying ");
    const scope = s.qualifier("direct, non-humanitarian", "scope");
    s.put(" assistance to ");
    s.name(land.governmentEntities);
    doc.relate(land.governmentEntities.id, "part-of", land.government.id, s.last);
    return doc.event({
      ...base,
      type: m.type,
      targets: [land.governmentEntities.id],
      qualifiers: [scope],
      evidence: [s.ev(from)],
    });
  }
  if (m.type === "investigate-abuses") {
    s.put("monitoring, reporting, and speaking out on ");
    const topic = s.put("governmental abuses");
    return doc.event({ ...base, type: m.type, targets: [land.government.id], topics: [topic], evidence: [s.ev(from)] });
  }
  s.put(m.words.slice(0, m.words.length - m.program.length));
  const program = programNamed(s, land.group(m.program, "program"));
  return doc.event({ ...base, type: m.type, instruments: [program.id], evidence: [s.ev(from)] });
}
