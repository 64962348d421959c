import { describe, expect, expectTypeOf, it } from "vitest";
import {
  datePrecision,
  type Entity,
  EVENT_TYPES,
  entities,
  events,
  getEntity,
  getRecord,
  involving,
  type Relation,
  relations,
  relationsOf,
  report,
  restrictions,
  type SanctionView,
  sanctions,
  strategy,
  timeline,
  vocabulary,
} from "../src/index.ts";

describe("the package API answers the questions people ask", () => {
  it("which sanctions are there, in what state, since when, and on what condition", () => {
    const answer = sanctions().map((s) => ({
      name: s.name,
      status: s.status,
      statusWord: s.statusWord,
      history: s.history.map((h) => [h.date?.edtf ?? `after ${h.after?.id}`, h.statusWord]),
      condition: s.conditions.map((c) => c.evidence.quote),
    }));
    const condition = [
      "further action on sanctions depend on additional positive human rights steps taken by the government",
    ];
    expect(answer).toEqual([
      {
        name: "sanctions on the regime",
        status: "in-force",
        statusWord: "increased",
        history: [
          ["{2007,2008}", "increased"],
          ["{2007,2008}", "imposed"],
        ],
        condition,
      },
      {
        name: "sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
        status: "suspended",
        statusWord: "suspended",
        history: [
          ["{2007,2008}", "increased"],
          ["{2007,2008}", "imposed"],
          ["after release-of-the-last-political-prisoners", "suspended"],
          ["2009-11", "extended"],
        ],
        condition,
      },
    ]);
    const [, belneftekhim] = sanctions();
    expect(belneftekhim?.authority).toBe("united-states");
    expect(belneftekhim?.targets).toEqual(["belneftekhim-subsidiaries"]);
    expect(belneftekhim?.history.map((h) => h.from)).toEqual([
      "sanctions-on-the-regime",
      "sanctions-on-the-regime",
      undefined,
      undefined,
    ]);
    expect(belneftekhim?.history[2]?.after?.date?.edtf).toBe("2008");
    expectTypeOf(sanctions()).toEqualTypeOf<SanctionView[]>();
  });

  it("what restricts Embassy Minsk, and since when", () => {
    const limit = restrictions().find((r) => r.targets.includes("embassy-minsk"));
    expect(limit).toMatchObject({
      authority: "government-of-belarus",
      type: "diplomatic",
      limit: { type: "count", value: 5, unit: "diplomat" },
      date: { edtf: "2008-05/..", role: "in-force-from", evidence: { quote: "since May 2008" } },
    });
    expect(datePrecision(limit?.date?.edtf ?? "")).toBe("open-interval");
  });

  it("the strategy's three priority areas and their sub-goals", () => {
    const s = strategy();
    expect(s?.owner).toBe("united-states");
    expect(s?.adopted?.edtf).toBe("2009-12");
    expect(s?.priorityAreas.map((a) => [a.name, a.subGoals.map((g) => g.name)])).toEqual([
      [
        "a continued focus on democracy and governance",
        [
          "open participation in public life",
          "expanding the informed voter base",
          "fostering a broad-based civil society capable of public advocacy",
          "training a new generation of leadership",
          "strengthening independent media outlets and media support structures",
          "expanding the constituency of Belarusian political parties",
        ],
      ],
      [
        "support for health programs",
        [
          "promote engagement of civil society and communities in their advocacy for improved service",
          "demonstrating that NGOs can facilitate reforms for average citizens",
        ],
      ],
      [
        "a re-engagement to expand the private sector",
        ["help reduce those dependent on the state for employment", "strengthen the private business sector"],
      ],
    ]);
    const health = s?.priorityAreas[1]?.subGoals[0];
    expect(health?.means.map((m) => m.quote)).toEqual(["by enhancing the rights and responsibilities of patients"]);
  });

  it("the two 2009 meetings, once each", () => {
    const meetings = events({ type: "meet", from: "2009", to: "2009" });
    expect(meetings.map((e) => [e.agents, e.targets, e.place, e.date?.edtf])).toEqual([
      [["helsinki-commission-delegation"], ["opposition-and-civil-society-leaders"], "minsk", "2009-06"],
      [["assistant-secretary-for-european-and-eurasian-affairs"], ["opposition-leaders"], "minsk", "2009-08"],
    ]);
    expect(events({ type: "meet" })).toHaveLength(3); // and the regular, undated meetings
    expect(events({ agent: "us-officials" }).map((e) => e.type)).toEqual(["symbolic-act", "meet"]);
    expect(events({ target: "belneftekhim-subsidiaries" }).map((e) => e.status?.word)).toEqual([
      "suspended",
      "extended",
    ]);
    expect(events({ from: "2009-09" }).map((e) => e.id)).toEqual(["suspension-extended"]);
  });

  it("a timeline with every dated record once, in order", () => {
    expect(timeline().map((t) => [t.kind, t.id, t.date?.edtf ?? `after ${t.after}`])).toEqual([
      ["event", "existing-sanctions-increased", "{2007,2008}"],
      ["event", "new-sanctions-imposed", "{2007,2008}"],
      ["event", "release-of-the-last-political-prisoners", "2008"],
      ["event", "sanctions-suspended", "after release-of-the-last-political-prisoners"],
      ["restriction", "embassy-minsk-staff-limit", "2008-05/.."],
      ["document", "country-reports-2009", "2009"],
      ["event", "helsinki-commission-delegation-meeting", "2009-06"],
      ["event", "assistant-secretary-meeting", "2009-08"],
      ["event", "suspension-extended", "2009-11"],
      ["strategy", "us-assistance-strategy", "2009-12"],
    ]);
  });

  it("whom the U.S. works with, on what", () => {
    const us = involving("united-states");
    const partners = us.relations.outgoing.filter((r) => r.type === "cooperates-with" || r.type === "coordinates-with");
    expect(partners.map((r) => [r.target, r.qualifiers.map((q) => q.word)])).toEqual([
      ["european-union", ["close and effective throughout"]],
      ["osce", ["closely"]],
      ["neighboring-countries", ["closely"]],
    ]);
    const engagement = events({ type: "diplomatic-cooperation", agent: "united-states" })[0];
    expect(engagement?.topics.map((t) => t.quote)).toEqual([
      "nonproliferation",
      "counterterrorism",
      "combating trafficking in persons",
    ]);
    expect(engagement?.qualifiers.find((q) => q.kind === "examples")?.word).toBe("such as");
  });
});

describe("lookups", () => {
  it("exports the report and typed arrays with evidence", () => {
    expect(report.id).toBe("afdr-2010-belarus");
    expect(report.schemaVersion).toBe(2);
    expect(report.status).toBe("published");
    expect(entities.every((e) => e.id && e.evidence.length > 0)).toBe(true);
    expect(relations.every((r) => r.evidence.length > 0 || r.external)).toBe(true);
    expectTypeOf(entities).toEqualTypeOf<Entity[]>();
    expectTypeOf(relations).toEqualTypeOf<Relation[]>();
  });

  it("finds any record by id, and relations from both ends", () => {
    expect(getEntity("embassy-minsk")?.kind).toBe("mission");
    expect(getRecord("suspension-extended")).toMatchObject({ type: "ease-sanctions" });
    expect(getRecord("strengthening-the-private-business-sector")).toMatchObject({
      name: "strengthen the private business sector",
    });
    expect(getEntity("no-such-thing")).toBeUndefined();
    const { outgoing, incoming } = relationsOf("belneftekhim");
    expect(outgoing).toEqual([]);
    expect(incoming.map((r) => r.id)).toEqual(["belneftekhim-subsidiaries--subsidiary-of--belneftekhim"]);
  });

  it("links every U.S. body, post and mission to the United States", () => {
    const reaches = (id: string): boolean =>
      id === "united-states" ||
      relationsOf(id).outgoing.some((r) => (r.type === "part-of" || r.type === "member-of") && reaches(r.target));
    for (const id of [
      "us-officials",
      "senior-us-officials",
      "helsinki-commission",
      "assistant-secretary-for-european-and-eurasian-affairs",
      "us-mission-in-belarus",
      "embassy-minsk",
      "bureau-of-democracy-human-rights-and-labor",
    ])
      expect(reaches(id), id).toBe(true);
  });

  it("keeps context words out of aliases: they are mentions with offsets", () => {
    const aliases = entities.flatMap((e) => e.aliases.map((a) => a.toLowerCase()));
    for (const w of ["the country", "the government", "victim", "the regime"]) expect(aliases).not.toContain(w);
    expect(getEntity("belarus")?.mentions.map((m) => m.quote)).toEqual(["the country", "the country"]);
    expect(getEntity("government-of-belarus")?.mentions.map((m) => m.quote)).toContain("the regime");
  });

  it("tells date precision from EDTF without inventing days", () => {
    expect(datePrecision("2009")).toBe("year");
    expect(datePrecision("2009-12")).toBe("month");
    expect(datePrecision("2007/2008")).toBe("interval");
    expect(datePrecision("2008-05/..")).toBe("open-interval");
    expect(datePrecision("{2007,2008}")).toBe("set");
    const dates = JSON.stringify(report).match(/"edtf":"[^"]*"/g) ?? [];
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.filter((d) => /\d{4}-\d{2}-\d{2}/.test(d))).toEqual([]);
  });
});

describe("the vocabulary", () => {
  it("maps every kind to a FollowTheMoney schema or says why none fits", () => {
    for (const [kind, term] of Object.entries(vocabulary.entityKinds)) {
      expect(term.label, kind).not.toBe("");
      if (term.ftm === null) expect("ftmNote" in term && term.ftmNote, kind).toBeTruthy();
    }
  });

  it("gives every event type a CAMEO code and label, and uses only its terms", () => {
    for (const [type, term] of Object.entries(EVENT_TYPES)) expect(term.cameo.code, type).toMatch(/^\d{3,4}$/);
    expect(new Set(events().map((e) => e.type)).size).toBeGreaterThan(10);
    expect(Object.keys(vocabulary.relationTypes).length).toBeLessThanOrEqual(15);
  });
});
