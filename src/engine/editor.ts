import { insertBlock, removeItem, setAttributes } from "../edit/edits.js";
import type { Path } from "../model/tree.js";
import type { HclBlock, HclItem } from "../parse/hcl-structure.js";
import type { Editor } from "./rule.js";

/** The editor of one text: generic edits on the syntax written at a node's path. */
export function createEditor(text: string, syntaxOf: (path: Path) => HclItem | undefined): Editor {
  const blockAt = (path: Path): HclBlock | undefined => {
    const item = syntaxOf(path);
    return item?.kind === "block" ? item : undefined;
  };
  return {
    remove(node) {
      const item = syntaxOf(node.path);
      return item === undefined ? undefined : removeItem(text, item);
    },
    setAttributes(block, values, options) {
      const syntax = blockAt(block.path);
      return syntax === undefined ? undefined : setAttributes(text, syntax, values, options);
    },
    insertBlock(parent, type, attributes) {
      const syntax = blockAt(parent.path);
      return syntax === undefined ? undefined : insertBlock(text, syntax, type, attributes);
    },
  };
}
