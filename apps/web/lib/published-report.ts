import { report } from "@report/data";
import type { ReportDataModule } from "./report-data.ts";

/**
 * `#report-data` (package.json "imports") without REPORT_DATA: the published report of `@report/data`. A build
 * with REPORT_DATA points `#report-data` at that file's checked documents instead (next.config.ts).
 */
const published: ReportDataModule = { file: null, documents: [report] };
export default published;
