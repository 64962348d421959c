/** A reason ingest cannot make a draft, for the CLI to print as one line (never a stack trace). */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestError";
  }
}
