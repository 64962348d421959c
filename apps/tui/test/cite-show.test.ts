import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, SITE_URL: "https://belarus-2010.test", ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
};

describe("report cite", () => {
  it("prints the APA citation of a sentence by default, its URL on the site SITE_URL names", () => {
    const r = run(["cite", "p7-s3"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "U.S. Department of State, Bureau of Democracy, Human Rights, and Labor. (2010). Advancing Freedom and Democracy Reports 2010: Belarus (Advancing Freedom and Democracy Reports). U.S. Department of State. https://belarus-2010.test/read#p7-s3\n",
    );
  });

  it("prints Chicago, BibTeX (a key of its own), RIS and CSL-JSON; a record by its name", () => {
    expect(run(["cite", "p7-s3", "--format", "chicago"]).stdout).toContain("Paragraph 7, sentence 3.");
    expect(run(["cite", "Belneftekhim", "--format", "bibtex"]).stdout).toMatch(
      /^@techreport\{afdr_2010_belarus_belneftekhim,[\s\S]*url = \{https:\/\/belarus-2010\.test\/entities\/belneftekhim\}/,
    );
    expect(run(["cite", "p7", "--format", "ris"]).stdout).toMatch(
      /^TY {2}- RPRT\n[\s\S]*UR {2}- https:\/\/belarus-2010\.test\/read#p7\n/,
    );
    // A record that reference managers read: no blank line, its own id, `ER  - ` as the last line.
    const ris = run(["cite", "p7-s3", "--format", "ris"]).stdout;
    expect(ris).not.toMatch(/\n\n/);
    expect(ris).toContain("\nID  - afdr-2010-belarus-p7-s3\n");
    expect(ris.endsWith("\nER  - \n")).toBe(true);
    const csl = JSON.parse(run(["cite", "p7-s3", "--format", "csl"]).stdout) as { URL: string }[];
    expect(csl[0]?.URL).toBe("https://belarus-2010.test/read#p7-s3");
  });

  it("uses the address ./tools/run.sh start serves on when SITE_URL is not set", () => {
    const r = run(["cite", "p7-s3"], { SITE_URL: "" });
    expect(r.stdout).toContain("http://localhost:3000/read#p7-s3");
  });

  it("refuses an unknown format or a SITE_URL that is not an origin (2), and says what it cannot find (1)", () => {
    const mla = run(["cite", "p7-s3", "--format", "mla"]);
    expect(mla.code).toBe(2);
    expect(mla.stderr.split("\n")[0]).toBe("report: unknown citation format 'mla': use apa, chicago, bibtex, ris, csl");
    expect(mla.stderr.split("\n")[1]).toMatch(/^usage: report /);
    const bad = run(["cite", "p7-s3"], { SITE_URL: "https://host/path" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^report: SITE_URL 'https:\/\/host\/path' must be an origin only/);
    const miss = run(["cite", "belneftx"]);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toMatch(
      /^report: nothing to cite with the id or name 'belneftx'\. Closest: Belneftekhim \(Company, belneftekhim\)/,
    );
    expect(run(["cite"]).code).toBe(2);
    // An empty id is bad usage too, not something not found.
    const empty = run(["cite", ""]);
    expect(empty.code).toBe(2);
    expect(empty.stderr.split("\n")[0]).toBe("report: cite needs an id or a name, e.g. report cite p7-s3");
    expect(run(["cite", "p7", "--format"]).code).toBe(2);
  });
});

describe("report show by name", () => {
  it("finds an entity by its name or alias, whatever the case", () => {
    for (const name of ["Embassy Minsk", "embassy minsk", "U.S."]) {
      const r = run(["show", name]);
      expect(r.code, name).toBe(0);
    }
    expect(run(["show", "embassy minsk"]).stdout).toMatch(/^Embassy Minsk {2}\(Diplomatic mission, embassy-minsk\)/);
    expect(run(["show", "U.S."]).stdout).toMatch(/^United States {2}\(Country, united-states\)/);
  });

  it("finds a sanction by its name, and reads a sentence given its id", () => {
    const s = run(["show", "sanctions on the regime"]);
    expect(s.stdout).toMatch(/^Sanctions on the regime\n\(Sanction, sanctions-on-the-regime\)/);
    expect(run(["show", "p7-s3"]).stdout).toBe(
      "[p7-s3] Paragraph 7, sentence 3\nThe suspension was extended in November 2009.\n",
    );
  });
});

describe("a command's --help", () => {
  it("says what the command does and gives an example", () => {
    for (const [command, example] of [
      ["cite", "$ report cite p7-s3"],
      ["show", '$ report show "Embassy Minsk"'],
      ["read", "$ report read p7-s3"],
      ["search", "$ report search trafficking"],
      ["diff", "$ report diff data-old @report/data"],
    ] as const) {
      const r = run([command, "--help"]);
      expect(r.code, command).toBe(0);
      const [, description] = r.stdout.split("\n\n");
      expect(description, command).toMatch(/^[a-z].{20,}/);
      expect(r.stdout, command).toMatch(/Examples:\n/);
      expect(r.stdout, command).toContain(example);
    }
  });
});
