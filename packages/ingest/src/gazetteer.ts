import type { EntityKind } from "@report/data/schema";

/**
 * The small gazetteer of named bodies that ingest knows: international bodies, and bodies of the
 * United States as the series names them. Each entry says where it is known from, so a curator
 * (and the `part-of` tie to the United States, which the build requires of every U.S. body) can
 * cite it. Anything not here and capitalised is only a low-confidence candidate.
 */
export interface KnownBody {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other names and abbreviations, exactly as they may be printed. */
  aliases: string[];
  /** A reference a reader can resolve: the body's own site or its founding text. */
  source: string;
  /** Set for U.S. bodies: the country it belongs to. */
  of?: "us";
}

export const INTERNATIONAL_BODIES: KnownBody[] = [
  {
    id: "european-union",
    name: "European Union",
    kind: "organization",
    aliases: ["EU", "E.U."],
    source: "https://european-union.europa.eu/",
  },
  {
    id: "osce",
    name: "Organization for Security and Cooperation in Europe",
    kind: "organization",
    aliases: ["OSCE", "Organization for Security and Co-operation in Europe"],
    source: "https://www.osce.org/",
  },
  {
    id: "odihr",
    name: "Office for Democratic Institutions and Human Rights",
    kind: "organization",
    aliases: ["ODIHR", "OSCE/ODIHR"],
    source: "https://www.osce.org/odihr",
  },
  {
    id: "united-nations",
    name: "United Nations",
    kind: "organization",
    aliases: ["UN", "U.N."],
    source: "https://www.un.org/",
  },
  {
    id: "un-human-rights-council",
    name: "UN Human Rights Council",
    kind: "organization",
    aliases: ["Human Rights Council", "U.N. Human Rights Council", "United Nations Human Rights Council"],
    source: "https://www.ohchr.org/en/hr-bodies/hrc/home",
  },
  {
    id: "ohchr",
    name: "Office of the UN High Commissioner for Human Rights",
    kind: "organization",
    aliases: ["OHCHR", "Office of the United Nations High Commissioner for Human Rights"],
    source: "https://www.ohchr.org/",
  },
  {
    id: "undp",
    name: "United Nations Development Programme",
    kind: "organization",
    aliases: ["UNDP", "UN Development Programme"],
    source: "https://www.undp.org/",
  },
  {
    id: "unhcr",
    name: "UN High Commissioner for Refugees",
    kind: "organization",
    aliases: ["UNHCR", "United Nations High Commissioner for Refugees"],
    source: "https://www.unhcr.org/",
  },
  {
    id: "unicef",
    name: "UNICEF",
    kind: "organization",
    aliases: ["United Nations Children's Fund"],
    source: "https://www.unicef.org/",
  },
  {
    id: "unodc",
    name: "UN Office on Drugs and Crime",
    kind: "organization",
    aliases: ["UNODC", "United Nations Office on Drugs and Crime"],
    source: "https://www.unodc.org/",
  },
  {
    id: "iom",
    name: "International Organization for Migration",
    kind: "organization",
    aliases: ["IOM"],
    source: "https://www.iom.int/",
  },
  {
    id: "ilo",
    name: "International Labour Organization",
    kind: "organization",
    aliases: ["ILO", "International Labor Organization"],
    source: "https://www.ilo.org/",
  },
  {
    id: "nato",
    name: "North Atlantic Treaty Organization",
    kind: "organization",
    aliases: ["NATO"],
    source: "https://www.nato.int/",
  },
  {
    id: "council-of-europe",
    name: "Council of Europe",
    kind: "organization",
    aliases: [],
    source: "https://www.coe.int/",
  },
];

const STATE = "U.S. Department of State, https://www.state.gov/";

export const US_BODIES: KnownBody[] = [
  {
    id: "usaid",
    name: "U.S. Agency for International Development",
    kind: "public-body",
    aliases: ["USAID"],
    source: "U.S. Agency for International Development, an agency of the U.S. Government: https://www.usaid.gov/",
    of: "us",
  },
  {
    id: "helsinki-commission",
    name: "Helsinki Commission",
    kind: "public-body",
    aliases: ["Commission on Security and Cooperation in Europe", "U.S. Helsinki Commission"],
    source:
      "U.S. Commission on Security and Cooperation in Europe (the Helsinki Commission), an independent U.S. Government commission: https://www.csce.gov/",
    of: "us",
  },
  {
    id: "us-department-of-state",
    name: "Department of State",
    kind: "public-body",
    aliases: ["State Department", "U.S. Department of State"],
    source: STATE,
    of: "us",
  },
  {
    id: "bureau-of-democracy-human-rights-and-labor",
    name: "Bureau of Democracy, Human Rights, and Labor",
    kind: "public-body",
    aliases: [],
    source: `A bureau of the ${STATE}`,
    of: "us",
  },
  {
    id: "secretary-of-state",
    name: "Secretary of State",
    kind: "post",
    aliases: ["U.S. Secretary of State"],
    source: STATE,
    of: "us",
  },
];

/**
 * U.S. bodies named by a pattern rather than a fixed name. `$1` in `name` is the captured place or
 * office; the id is made from the name.
 */
export const US_BODY_PATTERNS: { pattern: RegExp; name: string; kind: EntityKind; source: string }[] = [
  {
    // "Embassy Minsk", "U.S. Embassy in Minsk": in a State Department report, the U.S. embassy.
    pattern: /\b(?:the\s+)?(?:U\.S\.\s+)?Embassy\s+(?:in\s+)?([A-Z][\p{L}-]+)(?!\p{L})/u,
    name: "Embassy $1",
    kind: "mission",
    source: `U.S. embassies are missions of the United States: ${STATE}`,
  },
  {
    pattern: /\bU\.S\.\s+[Mm]ission\s+(?:in|to)\s+([A-Z][\p{L}-]+)(?!\p{L})/u,
    name: "U.S. mission in $1",
    kind: "mission",
    source: `U.S. missions abroad are missions of the United States: ${STATE}`,
  },
  {
    pattern:
      /\b((?:Deputy\s+)?Assistant\s+Secretary\s+of\s+State\s+for\s+[A-Z][\p{L}]*(?:,?\s+(?:and\s+|of\s+)?[A-Z][\p{L}]*)*)/u,
    name: "$1",
    kind: "post",
    source: `An office of the ${STATE}`,
  },
];
