import type { Evidence, PriorityArea, Strategy } from "@report/data";
import { monthOf, NUMBER_WORDS, PRIORITY_AREAS, pickSome } from "./words.ts";
import { type Land, OWNER, OWNER_ADJ, slug } from "./world.ts";
import type { DocWriter, SentenceWriter } from "./writer.ts";

// The assistance strategy: adopted on a date, with priority areas and sub-goals in text order.

/** The assistance strategy: when it was adopted, its scope, its priority areas in text order with their sub-goals. */
export function strategyParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  let strategy: Strategy | undefined;
  doc.sentence((s) => {
    s.put(`a new ${OWNER_ADJ} assistance strategy was `);
    const formally = s.qualifier("formally", "manner");
    s.put(" adopted ");
    const month = monthOf(land.year, rnd.int(1, 12));
    const adopted = s.date(`in ${month.words}`, month.edtf, "adopted");
    strategy = {
      id: doc.freshId(`assistance-strategy-for-${land.slug}`),
      name: `new ${OWNER_ADJ} assistance strategy for ${land.name}`,
      type: "assistance-strategy",
      owner: OWNER.id,
      adopted,
      goals: [],
      priorityAreas: [],
      means: [],
      scope: [],
      targets: [],
      quantities: [],
      qualifiers: [formally],
      evidence: [s.ev(s.start)],
    };
    doc.strategies.push(strategy);
  });
  const plan = strategy as Strategy;
  if (rnd.next() < 0.6)
    doc.sentence((s) => {
      s.put("the new strategy ");
      plan.scope.push(s.put("expands the portfolio into previously under-resourced areas of assistance"));
      s.put(" and engages ");
      s.mention(doc.known(land.government), "the government");
      plan.targets.push(land.government.id);
      s.put(" on issues of tangible benefit to the population in order to achieve ");
      const words = `${OWNER_ADJ} strategic objectives`;
      const evidence = s.put(words);
      plan.goals.push({
        id: doc.freshId(`strategic-objectives-in-${land.slug}`),
        name: words,
        targets: [],
        means: [],
        qualifiers: [],
        evidence,
      });
      plan.evidence.push(s.ev(s.start));
    });
  doc.sentence((s) => {
    const areas = pickSome(rnd, PRIORITY_AREAS, 2, 4);
    s.put("the new multi-year strategy lays out the following ");
    plan.quantities.push({
      type: "count",
      value: areas.length,
      unit: "priority area",
      counts: "priority areas of the strategy",
      evidence: s.put(`${NUMBER_WORDS[areas.length - 2]} priority areas`),
    });
    s.put(": ");
    areas.forEach((a, i) => {
      if (i > 0) s.put(i === areas.length - 1 ? "; and " : "; ");
      plan.priorityAreas.push(priorityArea(doc, s, land, a));
    });
    plan.evidence.push(s.ev(s.start));
  });
}

function priorityArea(doc: DocWriter, s: SentenceWriter, land: Land, a: (typeof PRIORITY_AREAS)[number]): PriorityArea {
  const from = s.at;
  s.put(a.name);
  const focus: string[] = [];
  if (a.focus) {
    s.put(", in particular ");
    focus.push(s.name(land.group(a.focus)).id);
    s.put(",");
  }
  s.put(" to ");
  const subGoals = s.list(pickSome(doc.rnd, a.subGoals, 1, 3), (g) => {
    const start = s.at;
    const targets: string[] = [];
    const at = g.target ? g.words.lastIndexOf(g.target) : -1;
    if (g.target && at >= 0) {
      s.put(g.words.slice(0, at));
      targets.push(s.name(land.group(g.target)).id);
      s.put(g.words.slice(at + g.target.length));
    } else s.put(g.words);
    const means: Evidence[] = [];
    if (g.means) {
      s.put(" ");
      means.push(s.put(g.means));
    }
    const id = doc.freshId(`${slug(g.words).split("-").slice(0, 4).join("-")}-in-${land.slug}`);
    return { id, name: g.words, targets, means, qualifiers: [], evidence: s.ev(start) };
  });
  const id = doc.freshId(`${slug(a.name).split("-").slice(-3).join("-")}-in-${land.slug}`);
  return { id, name: a.name, focus, subGoals, qualifiers: [], evidence: s.ev(from) };
}
