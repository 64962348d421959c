/**
 * A reason ingest cannot make a draft, for the CLI to print as one line (never a stack trace).
 * `withUsage` marks a refusal of the arguments as given: the CLI prints the usage after it.
 */
export class IngestError extends Error {
  readonly withUsage: boolean;
  constructor(message: string, options: { withUsage?: boolean } = {}) {
    super(message);
    this.name = "IngestError";
    this.withUsage = options.withUsage ?? false;
  }
}
