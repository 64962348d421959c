/**
 * The server build's folder inside the app: `.next`, or WEB_DIST_DIR (a second build beside the first, as the
 * corpus tests and the benchmark make). next.config, server.ts, the proxy and the post-build scripts read it here.
 */
export function distDir(value = process.env.WEB_DIST_DIR): string {
  if (!value) return ".next";
  if (!/^\.next-[a-z0-9-]+$/.test(value))
    throw new Error(`WEB_DIST_DIR '${value}' must be a folder name such as .next-corpus (.next- and letters)`);
  return value;
}
