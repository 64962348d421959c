// The RIS plugin ships no types; it only registers the "ris" output format.
declare module "@citation-js/plugin-ris";
