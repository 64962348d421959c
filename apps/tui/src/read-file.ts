import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/** Input the CLI cannot use (a file it cannot read, a document that is not valid); `message` is one line for the user. */
export class DataError extends Error {
  override name = "DataError";
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();

/** Why a file cannot be read, in words ("no such file"), from the error Node gives. */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return oneLine(e?.message ?? String(error));
  }
}

/**
 * The text of a regular file. Anything else is refused at once: a FIFO would block the read until a
 * writer comes (forever), a device such as /dev/zero never ends. The file is opened without blocking
 * and checked through its descriptor, so what is read is what was checked.
 */
export function readRegularFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new DataError(`cannot read '${file}': ${reasonOf(error)}`);
  }
  try {
    const kind = fstatSync(fd);
    if (kind.isDirectory()) throw new DataError(`cannot read '${file}': it is a directory`);
    if (!kind.isFile()) throw new DataError(`cannot read '${file}': it is not a regular file`);
    return readFileSync(fd, "utf8");
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`cannot read '${file}': ${reasonOf(error)}`);
  } finally {
    closeSync(fd);
  }
}
