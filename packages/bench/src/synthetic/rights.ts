import { ATTACKED, DEFENDANTS, MEETING_PARTNERS, monthOf, pickSome } from "./words.ts";
import { COMMISSION, type Land, OWNER, OWNER_OFFICIALS, postOf, theOwner } from "./world.ts";
import type { DocWriter, SentenceWriter } from "./writer.ts";

// Part 2 of a synthetic report, second half: abuses and the reporting state's answers to them
// (monitoring, condemnation, trials attended, meetings in the capital).

/** Attacks condemned, trials attended, and dated meetings in the capital. */
export function rightsParagraph(doc: DocWriter, land: Land): void {
  const { rnd } = doc;
  doc.sentence((s) => {
    const from = theOwner(s);
    s.put(" ");
    const closely = s.qualifier("closely", "manner");
    s.put(" monitors and ");
    const publicly = s.qualifier("publicly", "manner");
    s.put(" condemns ");
    const attack = s.at;
    s.mention(doc.known(land.government), "the government's");
    s.put(" ");
    const persistent = s.qualifier("persistent", "continuity");
    s.put(" attacks on ");
    const targets = s.list(pickSome(rnd, ATTACKED, 2, 5), (g) => s.name(land.group(g)).id);
    const coerce = doc.event({
      id: doc.freshId(`attacks-on-civil-society-in-${land.slug}`),
      type: "coerce",
      agents: [land.government.id],
      targets,
      aspect: "ongoing",
      qualifiers: [persistent],
      evidence: [s.ev(attack)],
    });
    // Two events told by the same words: each gets its own lists, so neither aliases the other.
    const answer = () => ({
      agents: [OWNER.id],
      aspect: "ongoing" as const,
      concerns: [coerce.id],
      evidence: [s.ev(from)],
    });
    doc.event({
      ...answer(),
      id: doc.freshId(`attacks-monitored-in-${land.slug}`),
      type: "investigate-abuses",
      qualifiers: [closely],
    });
    doc.event({
      ...answer(),
      id: doc.freshId(`attacks-condemned-in-${land.slug}`),
      type: "criticize",
      qualifiers: [publicly],
    });
  });
  doc.sentence((s) => {
    const from = s.at;
    s.name(OWNER_OFFICIALS);
    doc.relate(OWNER_OFFICIALS.id, "member-of", OWNER.id, s.last);
    s.put(" demonstrate support for prodemocracy forces by attending ");
    const trials = s.at;
    s.put("politically motivated trials of ");
    const defendants = s.list(pickSome(rnd, DEFENDANTS, 2, 3), (g) => s.name(land.group(g)).id);
    const legal = doc.event({
      id: doc.freshId(`political-trials-in-${land.slug}`),
      type: "legal-action",
      agents: [land.government.id],
      targets: defendants,
      aspect: "ongoing",
      implied: ["agents"],
      evidence: [s.ev(trials)],
    });
    doc.event({
      id: doc.freshId(`trials-attended-in-${land.slug}`),
      type: "symbolic-act",
      agents: [OWNER_OFFICIALS.id],
      aspect: "ongoing",
      concerns: [legal.id],
      evidence: [s.ev(from)],
    });
  });
  const [first, second] = pickSome(rnd, MEETING_PARTNERS, 2, 2);
  const m = rnd.int(1, 6);
  doc.sentence((s) => {
    const from = s.at;
    s.put("a ");
    const delegation = s.name(land.group(`${COMMISSION.name} delegation`), `${COMMISSION.name} delegation`);
    const commission = doc.cite(COMMISSION, s.ev(s.last.start, s.last.start + COMMISSION.name.length));
    doc.relate(commission.id, "part-of", OWNER.id, "external");
    doc.relate(delegation.id, "part-of", commission.id, s.last);
    s.put(" led by ");
    const senior = s.qualifier("senior", "level");
    s.put(" ");
    s.name(OWNER_OFFICIALS);
    doc.relate(OWNER_OFFICIALS.id, "leads", delegation.id, s.ev(senior.evidence.start - " led by ".length + 1), [
      senior,
    ]);
    s.put(" met ");
    meeting(doc, s, land, delegation.id, first ?? "opposition leaders", monthOf(land.year, m), from);
  });
  if (rnd.next() < 0.7)
    doc.sentence((s) => {
      const from = s.at;
      s.put("the ");
      const post = s.name(postOf(land.region));
      doc.relate(post.id, "part-of", OWNER.id, "external");
      s.put(" also met ");
      const later = rnd.int(m + 1, 12);
      meeting(doc, s, land, post.id, second ?? "human rights defenders", monthOf(land.year, later), from);
    });
}

function meeting(
  doc: DocWriter,
  s: SentenceWriter,
  land: Land,
  agent: string,
  partners: string,
  month: ReturnType<typeof monthOf>,
  from: number,
) {
  s.put("a group of ");
  const target = s.name(land.group(partners));
  s.put(" in ");
  const place = s.name(land.capitalPlace);
  doc.relate(place.id, "located-in", land.country.id, "external");
  s.put(" ");
  const date = s.date(`in ${month.words}`, month.edtf, "occurred");
  doc.event({
    id: doc.freshId(`meeting-in-${place.id}-${month.edtf}`),
    type: "meet",
    agents: [agent],
    targets: [target.id],
    place: place.id,
    date,
    aspect: "completed",
    evidence: [s.ev(from)],
  });
}
