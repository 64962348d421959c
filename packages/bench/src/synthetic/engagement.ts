import { monthOf, NUMBER_WORDS, pickSome, TOPICS_OF_COMMON_INTEREST } from "./words.ts";
import { type Land, OWNER, OWNER_ADJ, theOwner } from "./world.ts";
import type { DocWriter } from "./writer.ts";

// Part 1, second paragraph: how the two governments deal with each other, and the embassy's staff limit.

/** Engagement: diplomatic relations, the embassy and its staff limit, cooperation in areas of common interest. */
export function engagementParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  doc.sentence((s) => {
    s.put("although the ");
    const ties = s.at;
    s.name(OWNER);
    s.put(" and ");
    s.name(land.country);
    s.put(" have diplomatic relations");
    doc.relate(OWNER.id, "has-diplomatic-relations-with", land.country.id, s.ev(ties));
    s.put(", ");
    const from = theOwner(s);
    s.put(" ");
    const selectively = s.qualifier("selectively", "manner");
    s.put(" engages with ");
    const officials = s.name(land.officials);
    doc.relate(officials.id, "member-of", land.government.id, s.last);
    s.put(" ");
    const level = s.qualifier("at the assistant secretary level and below", "level");
    doc.relate(OWNER.id, "engages-with", officials.id, s.ev(from), [selectively, level]);
    s.put(", and places ");
    const priority = s.qualifier("a priority", "rank");
    s.put(" on ");
    const goal = s.at;
    s.put("empowering the ");
    const people = s.name(land.group(`${land.adj} people`));
    s.put(" to determine their future");
    land.policy?.goals.push({
      id: doc.freshId(`empowering-the-people-of-${land.slug}`),
      name: `empowering the ${land.adj} people to determine their future`,
      targets: [people.id],
      means: [],
      qualifiers: [priority],
      evidence: s.ev(goal),
    });
  });
  doc.sentence((s) => {
    s.put("through ");
    const embassy = s.name(land.embassy);
    const named = s.last;
    doc.relate(embassy.id, "part-of", OWNER.id, "external");
    const place = doc.cite(land.capitalPlace, s.ev(named.end - land.capital.length, named.end));
    doc.relate(embassy.id, "located-in", place.id, named);
    s.put(", ");
    const limited = s.at;
    s.put("which has been ");
    const restricts = s.put("limited");
    s.put(" by the ");
    const government = s.name(land.government);
    doc.relate(government.id, "part-of", land.country.id, s.last);
    s.put(" ");
    const month = monthOf(land.year - 1, rnd.int(1, 12));
    const since = s.date(`since ${month.words}`, `${month.edtf}/..`, "in-force-from");
    s.put(" to ");
    const n = rnd.int(0, NUMBER_WORDS.length - 1);
    const limit = s.put(`${NUMBER_WORDS[n]} diplomats`);
    land.staffLimit = doc.restriction({
      id: doc.freshId(`${land.embassy.id}-staff-limit`),
      name: `${land.embassy.name} limited to ${NUMBER_WORDS[n]} diplomats`,
      type: "diplomatic",
      authority: government.id,
      targets: [embassy.id],
      restricts,
      limit: {
        type: "count",
        value: n + 2,
        unit: "diplomat",
        counts: `diplomats ${land.embassy.name} is limited to`,
        evidence: limit,
      },
      date: since,
      evidence: [s.ev(limited)],
    });
    s.put(", ");
    const act = s.at;
    s.put("the ");
    s.name(OWNER, `${OWNER_ADJ} Government`);
    s.put(" asserted ");
    const topic = s.put("its policy interests and concerns");
    s.put(" to ");
    s.mention(government, "government authorities");
    s.put(" ");
    const level = s.qualifier("at senior levels", "level");
    doc.event({
      id: doc.freshId(`policy-interests-asserted-in-${land.slug}`),
      type: "make-statement",
      agents: [OWNER.id],
      targets: [government.id],
      aspect: "completed",
      instruments: [embassy.id],
      topics: [topic],
      qualifiers: [level],
      evidence: [s.ev(act)],
    });
  });
  if (rnd.next() < 0.7)
    doc.sentence((s) => {
      s.put("despite restricted bilateral relations with ");
      s.name(land.country);
      s.put(", ");
      const from = theOwner(s);
      s.put(" ");
      const continues = s.qualifier("continues", "continuity");
      s.put(" to support engagement with the ");
      const government = s.name(land.government, `${land.adj} authorities`);
      s.put(" in areas of mutual benefit, ");
      const such = s.qualifier("such as", "examples");
      s.put(" ");
      const topics = s.list(pickSome(rnd, TOPICS_OF_COMMON_INTEREST, 2, 4), (t) => s.put(t));
      doc.event({
        id: doc.freshId(`engagement-with-${land.slug}-in-areas-of-mutual-benefit`),
        type: "diplomatic-cooperation",
        agents: [OWNER.id],
        targets: [government.id],
        aspect: "ongoing",
        topics,
        qualifiers: [continues, such],
        evidence: [s.ev(from)],
      });
    });
}
