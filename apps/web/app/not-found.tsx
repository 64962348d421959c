import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page, entity or passage at this address.</p>
      <p>
        <Link href="/">Go to the home page</Link>, <Link href="/entities">browse the entities</Link> or{" "}
        <Link href="/search">search the report</Link>.
      </p>
    </>
  );
}
