import { ENTITY_KIND_LIST } from "@report/view";

/** The `[kind]` of the prerendered entities page for a `?kind=` that names no kind (all kinds and a note). */
export const ENTITY_KIND_NONE = "none";

/** The prerendered /entities/kind/[kind] pages: one per kind, and one for a kind that is not one. */
export const ENTITY_KIND_PARAMS = [...ENTITY_KIND_LIST, ENTITY_KIND_NONE].map((kind) => ({ kind }));
