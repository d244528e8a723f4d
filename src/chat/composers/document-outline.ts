/**
 * A document's outline rebuilt from its passages in reading order: headings and list items (Phụ lục / I. / 1. /
 * a) / - / +) nested as the document prints them, and appendix table rows under their group ("I Nâng cao nhận
 * thức…"). Outlines, complete lists and "what does this document say" all read one tree, across chunk boundaries.
 */
import type { Chunk } from '../../core/types';
import { GROUP_LIST_PREFIX } from '../../ingest/chunk-plan';
import { PATH_SEPARATOR, recognizeHeading, shortenHeading, type Heading } from '../../ingest/heading-path';

export interface OutlineNode {
  /** The heading or item line as printed ("a) Xây dựng hệ thống quy phạm"); for a table row its task cell. */
  text: string;
  /** A title printed over two lines ("Phụ lục" / "DANH MỤC CÁC NHIỆM VỤ…"), when it differs from `text`. */
  title?: string;
  /** Lower = higher in the hierarchy (heading-path ranks; table groups 1, rows 2 below their table's heading). */
  rank: number;
  /** Plain lines that follow the heading line before the next heading or item (an item's continuation, a section's prose). */
  body: string[];
  /** The passage each body line comes from (a long item can run on into the next passage). */
  bodyChunks: Chunk[];
  /** The passage that holds the heading line: what a line about this node cites. */
  chunk: Chunk;
  children: OutlineNode[];
  parent?: OutlineNode;
  /** An appendix table row (its fields are the row's columns), or the group heading rows sit under. */
  row?: boolean;
  group?: boolean;
}

const ROOT_RANK = -1;
const CLOSING = /^(?:nơi nhận|trên đây là (?:kế hoạch|quyết định|văn bản|hướng dẫn|công văn|báo cáo|chương trình|đề án))/iu;

/** The outline of one document; `chunks` in any order (they are sorted by their first line). */
export function documentOutline(chunks: readonly Chunk[]): OutlineNode | undefined {
  const ordered = [...chunks].sort((left, right) => left.lineStart - right.lineStart);
  const first = ordered[0];
  if (!first) return undefined;
  const root: OutlineNode = { text: first.title, rank: ROOT_RANK, body: [], bodyChunks: [], chunk: first, children: [] };
  let stack: OutlineNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const open = (node: OutlineNode) => {
    // A heading after a table closes its rows and groups, whatever their rank.
    while (stack.length > 1 && (top().row || top().group)) stack.pop();
    while (stack.length > 1 && top().rank >= node.rank) stack.pop();
    node.parent = top();
    top().children.push(node);
    stack.push(node);
  };
  for (const chunk of ordered) {
    if (chunk.kind === 'table-row') {
      addRow(chunk);
      continue;
    }
    // The list of a table's groups the chunker adds repeats what the rows carry.
    if (chunk.kind !== 'text' || chunk.text.startsWith(GROUP_LIST_PREFIX)) continue;
    for (const raw of chunk.text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      // The closing block (concluding formula, recipients, signature) ends every section; none of it is content.
      if (CLOSING.test(line)) {
        stack = [root];
        break;
      }
      const heading = recognizeHeading(line);
      const current = top();
      // "Phụ lục" + "DANH MỤC CÁC NHIỆM VỤ…" on the next line: one title, as the chunker reads it.
      if (!heading && current.children.length === 0 && current.body.length === 0 && /^(?:phụ lục|phần)\b.{0,16}$/iu.test(current.text) && isCapitalised(line)) current.title = `${current.text} ${line}`;
      else if (heading) open(nodeOf(heading, chunk));
      else {
        top().body.push(line);
        top().bodyChunks.push(chunk);
      }
    }
  }
  return root;

  /** A table row joins the open heading its section names, under its group when it has one. */
  function addRow(chunk: Chunk): void {
    const prefix = rowPrefix(chunk);
    const group = prefix.includes(PATH_SEPARATOR) ? prefix.split(PATH_SEPARATOR)[0]!.trim() : /\.$/u.test(prefix) ? '' : prefix;
    const base = chunk.section.split(PATH_SEPARATOR).map((part) => part.trim());
    // Leave the headings the table is not under (its section path names the ones it is).
    while (stack.length > 1 && top().row) stack.pop();
    if (top().group && top().text !== group) stack.pop();
    while (stack.length > 1 && !top().group && !base.includes(shortened(top().text))) stack.pop();
    if (group && !top().group) {
      const parent = top();
      const node: OutlineNode = { text: group, rank: parent.rank + 0.5, body: [], bodyChunks: [], chunk, children: [], group: true, parent };
      parent.children.push(node);
      stack.push(node);
    }
    const parent = top();
    const node: OutlineNode = { text: rowTitle(chunk), rank: parent.rank + 0.25, body: [], bodyChunks: [], chunk, children: [], row: true, parent };
    parent.children.push(node);
    stack.push(node);
  }
}

/** A title in capitals, a bracketed note after it aside ("DANH MỤC … (Kèm theo Kế hoạch số …)"). */
function isCapitalised(text: string): boolean {
  const letters = text.replace(/\(.*$/u, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Section paths hold headings shortened for display. */
function shortened(text: string): string {
  return shortenHeading(text);
}

function nodeOf(heading: Heading, chunk: Chunk): OutlineNode {
  return { text: heading.text, rank: heading.rank, body: [], bodyChunks: [], chunk, children: [] };
}

/** The first line of a row passage when it is the row's group and number ("I. Nâng cao… › 1."), else "". */
function rowPrefix(chunk: Chunk): string {
  const first = chunk.text.split('\n')[0] ?? '';
  const labels = Object.keys(chunk.fields ?? {});
  return labels.some((label) => first.startsWith(`${label}:`)) ? '' : first.trim();
}

/** What a row is about: its task or content cell, else its first cell. */
export function rowTitle(chunk: Chunk): string {
  const fields = Object.entries(chunk.fields ?? {});
  const task = fields.find(([label]) => /nhiệm vụ|nội dung|tên/iu.test(label) && !/hoàn thành|đang triển khai|theo kế hoạch/iu.test(label)) ?? fields[0];
  return task?.[1].trim() ?? chunk.text.split('\n')[0]!.trim();
}

/** The headings from the document's top down to this node (the node included). */
export function pathOf(node: OutlineNode): OutlineNode[] {
  const path: OutlineNode[] = [];
  for (let at: OutlineNode | undefined = node; at && at.rank !== ROOT_RANK; at = at.parent) path.unshift(at);
  return path;
}

/** Every node below this one, depth first. */
export function descendants(node: OutlineNode): OutlineNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The node's own line with its continuation (an item wrapped over several lines reads as one). */
export function fullText(node: OutlineNode): string {
  return [node.text, ...node.body].join(' ').replace(/\s+/gu, ' ').trim();
}

/** The passages a node's line and continuation come from, in reading order. */
export function sourcesOf(node: OutlineNode): Chunk[] {
  return [node.chunk, ...node.bodyChunks].filter((chunk, index, all) => all.findIndex((other) => other.id === chunk.id) === index);
}
