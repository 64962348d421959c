import { defineConfig } from "tsdown";
import { thirdPartyNoticesPlugins } from "./scripts/third-party-notices.ts";

/**
 * Yoga's Emscripten loader decodes its inlined (base64) WebAssembly with fetch() when fetch exists.
 * In Node, merely reading `fetch` loads undici, which costs ~50 ms at start for nothing: the
 * loader's own synchronous base64 path gives the same bytes.
 */
const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  transform: {
    filter: { id: /yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/ },
    handler(code: string) {
      const patched = code.replaceAll('"function"!=typeof fetch', "true");
      if (patched === code) throw new Error("yoga-without-fetch: the yoga loader changed; update the patch");
      return { code: patched, map: null };
    },
  },
};

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node22",
  fixedExtension: false,
  dts: false,
  deps: {
    // Everything but the data package (published on its own) and Ink's optional devtools is
    // bundled: loading a few files is much faster than resolving and compiling hundreds of modules.
    alwaysBundle: (id) => !id.startsWith("@report/data") && !id.startsWith("react-devtools-core"),
    neverBundle: [/^@report\/data/, "react-devtools-core"],
    onlyBundle: false,
  },
  // React picks its development or production build from NODE_ENV at run time; bundle production.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // has-flag (under supports-hyperlinks) imports the bare 'process', which would stay an external
  // import of a package of that name: it is Node's own module.
  alias: { process: "node:process" },
  // The bundle carries the licences of the code it holds: dist/THIRD-PARTY-NOTICES.txt.
  plugins: [yogaWithoutFetch, ...thirdPartyNoticesPlugins(import.meta.dirname)],
});
