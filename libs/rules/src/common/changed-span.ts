// What changed in an edited text, for showing an audited before/after (编辑) readably; used by the admin.
/** Characters of unchanged text kept on each side of a change; the rest is elided. */
const CONTEXT = 30;

/** The part of two texts that differs: the common start and end are kept apart (a readable diff of long text). */
export function changedSpan(before: string, after: string) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const head = before.slice(0, start);
  const tail = before.slice(before.length - end);
  return {
    head: head.length > CONTEXT ? `…${head.slice(-CONTEXT)}` : head,
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    tail: tail.length > CONTEXT ? `${tail.slice(0, CONTEXT)}…` : tail,
  };
}
