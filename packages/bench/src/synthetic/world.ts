import type { EntityKind, Restriction, Sanction, Strategy } from "@report/data";
import type { Random } from "../random.ts";
import type { EntitySpec, SentenceWriter } from "./writer.ts";

// The made-up world of synthetic reports: one reporting state (like the United States in the real
// report), a few organizations and bodies it deals with everywhere, and one country per report.

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The reporting state. `xf` is one of ISO 3166's user-assigned codes, which no real country has. */
export const OWNER: EntitySpec = { kind: "country", id: "federated-states", name: "Federated States", country: "xf" };
export const OWNER_ADJ = "Federated";
/** Writes "the Federated States" (the subject of most sentences) and returns where it starts. */
export function theOwner(s: SentenceWriter): number {
  const from = s.at;
  s.put("the ");
  s.name(OWNER);
  return from;
}
export const OWNER_OFFICIALS: EntitySpec = { kind: "group", id: "federated-officials", name: "Federated officials" };
export const BUREAU: EntitySpec = {
  kind: "public-body",
  id: "bureau-of-synthetic-affairs",
  name: "Bureau of Synthetic Affairs",
};
export const COMMISSION: EntitySpec = { kind: "public-body", id: "vantor-commission", name: "Vantor Commission" };
export const DONORS: EntitySpec = {
  kind: "group",
  id: "private-federated-citizens-and-companies",
  name: "private Federated citizens and companies",
};
export const ORGANIZATIONS: EntitySpec[] = [
  { kind: "organization", id: "concord-of-nations", name: "Concord of Nations" },
  { kind: "organization", id: "council-for-security-and-dialogue", name: "Council for Security and Dialogue" },
  { kind: "organization", id: "northern-assembly", name: "Northern Assembly" },
];
const REGIONS = ["Northern", "Southern", "Eastern", "Western", "Central"];
export const postOf = (region: string): EntitySpec => ({
  kind: "post",
  id: slug(`assistant secretary for ${region} affairs`),
  name: `Assistant Secretary of State for ${region} Affairs`,
});

/**
 * ISO 3166-1 user-assigned codes (AA, QM-QZ, XA-XZ, ZZ): valid alpha-2 codes that never denote a
 * real country, so no synthetic country can be mistaken for one.
 */
const USER_ASSIGNED = [
  "aa",
  ..."mnopqrstuvwxyz".split("").map((c) => `q${c}`),
  ..."abcdeghijklmnopqrstuvwxyz".split("").map((c) => `x${c}`),
  "zz",
];
const SYLLABLES = ["va", "ren", "os", "tel", "kor", "da", "mir", "sol", "bran", "kel"];
const MORE = ["lun", "zar", "pe", "quen", "ru", "sev", "tor", "ul", "wen", "ga", "lo", "mi"];
const ENDINGS = [
  { name: "ia", adj: "ian" },
  { name: "ova", adj: "ovan" },
  { name: "and", adj: "andish" },
  { name: "esh", adj: "eshi" },
];
const CAPITAL_ENDINGS = ["grad", "vik", "burg", "ovo", "stad"];
const COMPANY_ENDINGS = [
  { suffix: "neft", sector: "petrochemical conglomerate" },
  { suffix: "mash", sector: "machine-building holding" },
  { suffix: "kalij", sector: "potash producer" },
  { suffix: "energo", sector: "energy company" },
];

/** One country a report is about, with the bodies and groups named after it, and the records its paragraphs share. */
export interface Land {
  slug: string;
  name: string;
  adj: string;
  capital: string;
  region: string;
  /** The last year its report covers. */
  year: number;
  country: EntitySpec;
  government: EntitySpec;
  embassy: EntitySpec;
  mission: EntitySpec;
  capitalPlace: EntitySpec;
  officials: EntitySpec;
  governmentEntities: EntitySpec;
  company: EntitySpec & { sector: string };
  /** A group of this country, named as printed, with an id unique to the country. */
  group(name: string, kind?: EntityKind): EntitySpec;
  policy?: Strategy;
  staffLimit?: Restriction;
  regimeSanctions?: Sanction;
}

/** A new country, its name unique within `used` (a stem of two or three syllables, retried on collision). */
export function makeLand(rnd: Random, index: number, used: Set<string>): Land {
  let stem = "";
  for (let tries = 0; stem === "" || used.has(stem); tries++) {
    stem = rnd.pick(SYLLABLES) + rnd.pick(MORE) + (rnd.next() < 0.5 || tries > 8 ? rnd.pick(MORE) : "");
    if (tries > 40) stem += index;
  }
  used.add(stem);
  const ending = rnd.pick(ENDINGS);
  const cap = (s: string) => (s[0]?.toUpperCase() ?? "") + s.slice(1);
  const name = cap(stem + ending.name);
  const adj = cap(stem + ending.adj);
  const capital = cap(stem + rnd.pick(CAPITAL_ENDINGS));
  const s = slug(name);
  const company = rnd.pick(COMPANY_ENDINGS);
  const group = (words: string, kind: EntityKind = "group"): EntitySpec => ({
    kind,
    id: `${slug(words)}-${s}`,
    name: words,
  });
  return {
    slug: s,
    name,
    adj,
    capital,
    region: rnd.pick(REGIONS),
    year: rnd.int(2006, 2010),
    country: { kind: "country", id: s, name, country: USER_ASSIGNED[index % USER_ASSIGNED.length] as string },
    government: { kind: "public-body", id: `government-of-${s}`, name: `government of ${name}` },
    embassy: { kind: "mission", id: slug(`embassy ${capital}`), name: `Embassy ${capital}` },
    mission: { kind: "mission", id: `federated-mission-in-${s}`, name: `Federated mission in ${name}` },
    capitalPlace: { kind: "place", id: slug(capital), name: capital },
    officials: { kind: "group", id: `${s}-government-officials`, name: `${adj} government officials` },
    governmentEntities: group("government entities"),
    company: {
      kind: "company",
      id: slug(cap(stem) + company.suffix),
      name: cap(stem) + company.suffix,
      sector: company.sector,
    },
    group,
  };
}
