import type { TestProject } from "vitest/node";
import { WebServer } from "./server.ts";

// One production web server for the whole test run, shared by every suite that requests the site.
declare module "vitest" {
  export interface ProvidedContext {
    /** The server's origin, e.g. http://127.0.0.1:40123 */
    webBase: string;
    /** Where the server's output goes (a suite checks that no request left a stack trace there). */
    webLog: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = new WebServer();
  project.provide("webBase", await server.start());
  project.provide("webLog", server.logFile);
  return () => server.stop();
}
