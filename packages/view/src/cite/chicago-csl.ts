/**
 * A compact Chicago Manual of Style (17th ed.) author-date style for reports, with the locator
 * ("para. 3") in the in-text citation. The CSL styles repository is not bundled with citation-js
 * (it ships apa, vancouver and harvard1).
 */
export const CHICAGO_AUTHOR_DATE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago Manual of Style 17th edition (author-date, compact)</title>
    <id>chicago-author-date-compact</id>
    <updated>2024-01-01T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <substitute><text variable="publisher"/></substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
      <else><text term="no date" form="short"/></else>
    </choose>
  </macro>
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=", ">
        <group delimiter=" "><text macro="author"/><text macro="year"/></group>
        <group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" font-style="italic"/>
        <text variable="genre"/>
        <group delimiter=": ">
          <text variable="publisher-place"/>
          <text variable="publisher"/>
        </group>
        <text variable="note"/>
        <group delimiter=" ">
          <text value="Accessed"/>
          <date variable="accessed" form="text" date-parts="year-month-day"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
