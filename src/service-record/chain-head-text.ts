/** A chain head as printed on an issued record or a monthly report: `#12 · 3f9a…` (its first 16 hex digits). */
export function chainHeadText(head: { seq: number; hash: string }): string {
  return head.seq === 0 ? '#0' : `#${head.seq} · ${head.hash.slice(0, 16)}`;
}
