// `@report/data/text`: the segmenter and the quote resolver the build uses, for tools that prepare
// content (such as `@report/ingest`) and must agree with the build on every id and offset.

export { type Resolution, resolveQuote } from "./text/resolve-quote.ts";
export { blocks, segment } from "./text/segment.ts";
export { type Span, sentenceSpans } from "./text/sentences.ts";
