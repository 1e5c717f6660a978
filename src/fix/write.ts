import { readFileSync, realpathSync, statSync } from "node:fs";
import { writeFileAtomic } from "../util/atomic-write.js";

/** Why a fixed file was not written. */
export class WriteRefused extends Error {}

/**
 * Replaces a file's content with `text`, all or nothing (see writeFileAtomic), keeping the
 * file's mode and, where allowed, its owner. A symlink is followed, so the link stays a link.
 * Nothing is written when the file no longer holds `expected`, the text the fix was computed
 * from.
 */
export function writeFixed(file: string, expected: string, text: string): void {
  const real = realpathSync(file);
  const unchanged = () => readFileSync(real, "utf8") === expected;
  if (!unchanged()) throw new WriteRefused("the file changed since it was read; not written");
  const st = statSync(real);
  writeFileAtomic(real, [text], "utf8", {
    mode: st.mode & 0o7777,
    owner: { uid: st.uid, gid: st.gid },
    beforeRename: () => {
      if (!unchanged()) throw new WriteRefused("the file changed while it was being fixed; not written");
    },
  });
}
