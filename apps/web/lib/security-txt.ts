import { absolute, SITE_URL } from "./site.ts";

/** How long a built security.txt stays valid (RFC 9116 asks for less than a year); each build renews it. */
const VALID_DAYS = 180;

/**
 * The site's security.txt (RFC 9116). The contact is SECURITY_CONTACT (a mailto: or https: URI) when the
 * build sets it, else the conventional security@ address of the site's host.
 */
export function securityTxt(now: Date, contact = process.env.SECURITY_CONTACT): string {
  const expires = new Date(now.getTime() + VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${contact || `mailto:security@${new URL(SITE_URL).hostname}`}`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: en",
    `Canonical: ${absolute("/.well-known/security.txt")}`,
    "",
  ].join("\n");
}
