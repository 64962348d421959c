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

/** "Embassy Minsk" -> "Embassy Minsk"; an office's title as printed, without "the". */
const capture = (m: RegExpMatchArray) => m[1] as string;
/** A U.S. post named by its title alone ("the Ambassador", "the U.S. Ambassador to X"): always as the U.S. post. */
const usPost = (m: RegExpMatchArray) => `U.S. ${(m[1] as string).replace(/^U\.S\.\s+/, "").replace(/\s+/g, " ")}`;

/**
 * U.S. bodies and posts named by a pattern rather than a fixed name, each with the name it is
 * recorded under; the id is made from that name. The part-of tie to the United States is stated
 * when the words print "U.S.", else cited from `source`.
 */
export const US_BODY_PATTERNS: {
  pattern: RegExp;
  name: (m: RegExpMatchArray) => string;
  kind: EntityKind;
  source: string;
}[] = [
  {
    // "Embassy Minsk", "U.S. Embassy in Minsk": in a State Department report, the U.S. embassy.
    pattern: /\b(?:the\s+)?(?:U\.S\.\s+)?Embassy\s+(?:in\s+)?([A-Z][\p{L}-]+)(?!\p{L})/u,
    name: (m) => `Embassy ${m[1]}`,
    kind: "mission",
    source: `U.S. embassies are missions of the United States: ${STATE}`,
  },
  {
    pattern: /\bU\.S\.\s+[Mm]ission\s+(?:in|to)\s+([A-Z][\p{L}-]+)(?!\p{L})/u,
    name: (m) => `U.S. mission in ${m[1]}`,
    kind: "mission",
    source: `U.S. missions abroad are missions of the United States: ${STATE}`,
  },
  {
    pattern:
      /\b((?:Deputy\s+)?Assistant\s+Secretary\s+of\s+State\s+for\s+[A-Z][\p{L}]*(?:,?\s+(?:and\s+|of\s+)?[A-Z][\p{L}]*)*)/u,
    name: capture,
    kind: "post",
    source: `An office of the ${STATE}`,
  },
  {
    // Posts named by their title: "the U.S. Ambassador", "the Ambassador to Georgia", "the Chargé d'Affaires".
    pattern:
      /\b((?:U\.S\.\s+)?(?:Ambassador(?:\s+to\s+[A-Z][\p{L}-]+)?|Charg[e\u00e9]\s+d['\u2019]Affaires|Deputy\s+Chief\s+of\s+Mission))(?![\p{L}])/u,
    name: usPost,
    kind: "post",
    source: `U.S. ambassadors, charg\u00e9s d'affaires and deputy chiefs of mission hold posts of the ${STATE}`,
  },
];
