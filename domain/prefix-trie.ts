// A compressed trie of strings, to find which of many stored strings start at an offset of a text: one walk along the
// text costs at most the length of the longest stored string, however many there are (issue 13, finding 7). Source
// matching keeps in one, per first word of an alias, what follows that word (source-match.ts).

export interface PrefixTrie<T> {
  /** Values of the strings that end here, in the order they were added. */
  values: T[];
  /** Branches by the first code unit of their label; labels of one node's branches never share a first unit. */
  branches: Map<number, { label: string; node: PrefixTrie<T> }>;
}

export function prefixTrie<T>(): PrefixTrie<T> {
  return { values: [], branches: new Map() };
}

/** Stores `value` under `key`; a key added twice keeps both values, in order. */
export function addToTrie<T>(trie: PrefixTrie<T>, key: string, value: T): void {
  let node = trie;
  let i = 0;
  while (i < key.length) {
    const branch = node.branches.get(key.charCodeAt(i));
    if (!branch) {
      const leaf = prefixTrie<T>();
      node.branches.set(key.charCodeAt(i), { label: key.slice(i), node: leaf });
      node = leaf;
      break;
    }
    let shared = 1;
    while (shared < branch.label.length && i + shared < key.length && branch.label[shared] === key[i + shared]) shared++;
    if (shared < branch.label.length) {
      // Split the branch where the key leaves it.
      const middle = prefixTrie<T>();
      middle.branches.set(branch.label.charCodeAt(shared), { label: branch.label.slice(shared), node: branch.node });
      branch.label = branch.label.slice(0, shared);
      branch.node = middle;
    }
    node = branch.node;
    i += shared;
  }
  node.values.push(value);
}

/**
 * Calls `visit(end, values)` for every stored key that `text` holds at `offset`, shortest first, `end` being where the
 * key ends in `text`. Work is bounded by the longest key, not by the number of keys.
 */
export function walkTrie<T>(trie: PrefixTrie<T>, text: string, offset: number, visit: (end: number, values: readonly T[]) => void): void {
  let node = trie;
  let at = offset;
  for (;;) {
    if (node.values.length > 0) visit(at, node.values);
    const branch = at < text.length ? node.branches.get(text.charCodeAt(at)) : undefined;
    if (!branch || !text.startsWith(branch.label, at)) return;
    node = branch.node;
    at += branch.label.length;
  }
}
