/** Old addresses that moved: the old "Actions & sanctions" page; its events, sanctions and strategy have pages. */
export const REDIRECTS: { source: string; destination: string }[] = [{ source: "/actions", destination: "/events" }];
