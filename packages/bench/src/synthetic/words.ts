import type { Random } from "../random.ts";

// Word lists for synthetic reports: the phrasing of the real report's kind of prose, no real names.

const monthName = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });
/** A month of a year as printed ("June 2009") and in EDTF ("2009-06"). */
export const monthOf = (year: number, m: number) => ({
  words: `${monthName.format(Date.UTC(year, m - 1))} ${year}`,
  edtf: `${year}-${String(m).padStart(2, "0")}`,
});
/** Index i is the number i + 2. */
export const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];

export const POLICY_GOALS = [
  "the emergence of a democratic and prosperous government",
  "respect for human rights and the rule of law",
  "free and fair elections",
  "an independent judiciary",
  "openness to the outside world",
];
export const OPENNESS_GOALS = [
  "openness",
  "discussion of alternative approaches on governance and economics",
  "domestic pressures for change",
  "independent thinking",
];
export const TOPICS_OF_COMMON_INTEREST = [
  "nonproliferation",
  "counterterrorism",
  "combating trafficking in persons",
  "border security",
  "public health",
];
/** Groups a government attacks; the report lists a few. */
export const ATTACKED = [
  "opposition political parties",
  "civil society organizations",
  "religious groups",
  "independent media outlets",
  "labor unions",
  "youth activists",
];
/** Defendants in politically motivated trials. */
export const DEFENDANTS = [
  "opposition members",
  "independent journalists",
  "civil society activists",
  "human rights lawyers",
  "student leaders",
];
export const MEETING_PARTNERS = [
  "opposition and civil society leaders",
  "opposition leaders",
  "independent journalists",
  "human rights defenders",
];

/** A priority area of an assistance strategy: its words, whom it focuses on, and its sub-goals in order. */
export interface AreaWords {
  name: string;
  focus?: string;
  subGoals: { words: string; target?: string; means?: string }[];
}
export const PRIORITY_AREAS: AreaWords[] = [
  {
    name: "a continued focus on democracy and governance",
    subGoals: [
      { words: "open participation in public life" },
      { words: "expanding the informed voter base" },
      { words: "fostering a broad-based civil society" },
      { words: "training a new generation of leadership" },
      { words: "strengthening independent media outlets", target: "independent media outlets" },
    ],
  },
  {
    name: "support for health programs",
    subGoals: [
      {
        words: "promote engagement of communities in their advocacy for improved service",
        means: "by enhancing the rights and responsibilities of patients",
      },
      { words: "demonstrate that NGOs can facilitate reforms for average citizens", target: "NGOs" },
    ],
  },
  {
    name: "a re-engagement to expand the private sector",
    focus: "small and medium size enterprises",
    subGoals: [
      { words: "help reduce those dependent on the state for employment" },
      { words: "strengthen the private business sector" },
    ],
  },
  {
    name: "an effort to strengthen the rule of law",
    subGoals: [
      { words: "train independent judges", target: "independent judges" },
      { words: "improve access to legal aid", means: "by funding legal clinics" },
    ],
  },
];

/** Programs the reporting state funds: a name, the purpose as printed, how, and whom it is for. */
export const PROGRAMS: { name: string; purpose: string; means?: string; target?: { join: string; words: string } }[] = [
  {
    name: "trafficking awareness program",
    purpose: "to increase awareness of trafficking",
    target: { join: " among ", words: "risk groups" },
  },
  {
    name: "job skills program",
    purpose: "to help prevent human trafficking",
    means: "by improving job searching skills and vocational training",
    target: { join: " for ", words: "young job seekers" },
  },
  { name: "victim reintegration program", purpose: "to facilitate trafficking victim reintegration into society" },
  { name: "NGO capacity program", purpose: "to build the capacity of NGOs to protect victims" },
];

/** Between `min` and `max` items of `xs`, in their order (so lists read, and validate, in text order). */
export function pickSome<T>(rnd: Random, xs: readonly T[], min: number, max: number): T[] {
  const k = rnd.int(min, Math.min(max, xs.length));
  const out: T[] = [];
  xs.forEach((x, i) => {
    // Selection sampling: each item is kept with the probability that still fills k exactly.
    if (rnd.next() * (xs.length - i) < k - out.length) out.push(x);
  });
  return out;
}
