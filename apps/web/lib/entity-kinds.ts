/** The `[kind]` of the prerendered entities page for a `?kind=` that names no kind (all kinds and a note). */
export const ENTITY_KIND_NONE = "none";
