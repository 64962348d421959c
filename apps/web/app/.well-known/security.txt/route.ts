import { securityTxt } from "../../../lib/security-txt.ts";

export const dynamic = "force-static";

export const GET = () =>
  new Response(securityTxt(new Date()), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
