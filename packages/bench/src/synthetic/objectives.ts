import type { Strategy } from "@report/data";
import { OPENNESS_GOALS, POLICY_GOALS, pickSome } from "./words.ts";
import { type Land, ORGANIZATIONS, OWNER, OWNER_ADJ, slug, theOwner } from "./world.ts";
import type { DocWriter } from "./writer.ts";

// Part 1, first paragraph, as in the real report: the reporting state's objectives in the
// country, what the country restricts, and whom the reporting state works with.

/** Objectives: the policy and its goals, restrictions on freedoms, cooperation with organizations. */
export function objectivesParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  doc.sentence((s) => {
    const from = s.at;
    s.put("the ");
    const rank = s.qualifier("principal", "rank");
    s.put(" foreign policy objective of the ");
    const mission = s.name(land.mission);
    const named = s.last;
    const country = doc.cite(land.country, s.ev(named.end - land.name.length, named.end));
    doc.relate(mission.id, "part-of", OWNER.id, named);
    doc.relate(mission.id, "located-in", country.id, named);
    s.put(" is to promote ");
    const goals = s.list(pickSome(rnd, POLICY_GOALS, 2, 3), (words) => {
      const evidence = s.put(words);
      return {
        id: doc.freshId(`${slug(words)}-in-${land.slug}`),
        name: words,
        targets: [],
        means: [],
        qualifiers: [],
        evidence,
      };
    });
    const policy: Strategy = {
      id: doc.freshId(`policy-towards-${land.slug}`),
      name: `policy towards ${land.name}`,
      type: "policy",
      owner: OWNER.id,
      goals: goals.map((g) => ({ ...g, qualifiers: [rank] })),
      priorityAreas: [],
      means: [],
      scope: [],
      targets: [land.country.id],
      quantities: [],
      qualifiers: [],
      evidence: [s.ev(from)],
    };
    land.policy = policy;
    doc.strategies.push(policy);
  });
  if (rnd.next() < 0.85) freedomsSentence(doc, land);
  if (rnd.next() < 0.6)
    doc.sentence((s) => {
      const means = s.put("broadening knowledge of the outside world");
      s.put(" will contribute to ");
      const key = s.qualifier("key", "rank");
      s.put(` ${OWNER_ADJ} policy objectives to promote `);
      const goals = s.list(pickSome(rnd, OPENNESS_GOALS, 2, 3), (words) => ({
        id: doc.freshId(`${slug(words)}-in-${land.slug}`),
        name: words,
        targets: [],
        means: [means],
        qualifiers: [key],
        evidence: s.put(words),
      }));
      land.policy?.goals.push(...goals);
      land.policy?.evidence.push(s.ev(s.start));
    });
  if (rnd.next() < 0.6)
    doc.sentence((s) => {
      const from = s.at;
      const org = rnd.pick(ORGANIZATIONS);
      s.mention(doc.known(OWNER), "our");
      s.put(" views of the problems in ");
      s.name(land.country);
      s.put(" are shared by the ");
      s.name(org);
      doc.relate(org.id, "shares-views-with", OWNER.id, s.ev(from));
      const tie = s.at;
      s.put(", and policy coordination with the ");
      s.name(org);
      s.put(" has been ");
      const q = s.qualifier("close and effective throughout", "evaluation");
      doc.relate(OWNER.id, "coordinates-with", org.id, s.ev(tie + 2), [q]);
    });
  doc.sentence((s) => {
    const from = theOwner(s);
    s.put(" also cooperates ");
    const closely = s.qualifier("closely", "manner");
    s.put(" with the ");
    const org = rnd.pick(ORGANIZATIONS);
    s.name(org);
    doc.relate(OWNER.id, "cooperates-with", org.id, s.ev(from), [closely]);
    s.put(" and ");
    const neighbors = land.group("neighboring countries");
    s.name(neighbors);
    doc.relate(OWNER.id, "cooperates-with", neighbors.id, s.ev(from));
    s.put(" ");
    const purpose = s.put("to promote democracy and human rights");
    s.put(" through the coordinated release of press statements on ");
    const topic = s.put("specific human rights abuses");
    doc.event({
      id: doc.freshId(`coordinated-press-statements-on-${land.slug}`),
      type: "make-statement",
      agents: [OWNER.id, org.id, neighbors.id],
      aspect: "ongoing",
      purpose,
      topics: [topic],
      evidence: [s.ev(from)],
    });
  });
}

/** "… limit most of its citizens from traveling abroad, while ever-tightening restrictions …". */
function freedomsSentence(doc: DocWriter, land: Land): void {
  doc.sentence((s) => {
    const from = s.at;
    s.name(land.country, `${land.name}'s`);
    s.put(" political and economic policies ");
    const effectively = s.qualifier("effectively", "extent");
    s.put(" limit ");
    const most = s.qualifier("most", "extent");
    s.put(" ");
    const citizens = land.group(`${land.adj} citizens`);
    s.name(citizens);
    s.put(" from ");
    const restricts = s.put("traveling abroad");
    doc.restriction({
      id: doc.freshId(`travel-limits-in-${land.slug}`),
      name: "limits on citizens traveling abroad",
      type: "political-freedoms",
      authority: land.country.id,
      targets: [citizens.id],
      restricts,
      qualifiers: [effectively, most],
      evidence: [s.ev(from)],
    });
    if (doc.rnd.next() < 0.4) return;
    const media = s.put(", while ").end;
    const trend = s.qualifier("ever-tightening", "trend");
    s.put(" restrictions on media and the Internet restrict ");
    const what = s.put("the flow of information into the country");
    doc.restriction({
      id: doc.freshId(`media-restrictions-in-${land.slug}`),
      name: "restrictions on media and the Internet",
      type: "political-freedoms",
      authority: land.government.id,
      restricts: what,
      qualifiers: [trend],
      implied: ["authority"],
      evidence: [s.ev(media)],
    });
  });
}
