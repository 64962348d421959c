// The Frictionless JS library ships no types; these are the parts the tests use.
declare module "datapackage" {
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: { licenses: { name: string }[] } & Record<string, unknown>;
    readonly resources: Resource[];
    getResource(name: string): Resource;
  }
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: { schema: { foreignKeys?: unknown[] } } & Record<string, unknown>;
    read(options?: { relations?: boolean; keyed?: boolean }): Promise<unknown[][]>;
  }
}
