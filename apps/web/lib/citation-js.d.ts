declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
