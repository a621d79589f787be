import { useState } from 'react';

/**
 * Filter, page size and position of a keyset-paged list. Pages are walked forward with each page's
 * endCursor; going back reuses the cursors learnt on the way.
 */
export function useKeysetPages<F>(initialFilter: F, initialPageSize = 20) {
  const [filter, setFilter] = useState<F>(initialFilter);
  const [pageSize, setPageSize] = useState(initialPageSize);
  // Keyset pages: cursors[i] is the `after` of page i, learnt while paging forward.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);

  /** Back to the first page, with a new filter and optionally a new page size. */
  const restart = (next: F, size = pageSize) => {
    setFilter(next);
    setPageSize(size);
    setCursors([null]);
    setPage(0);
  };
  /** On to the page after `endCursor`, the end of the page shown now. */
  const nextPage = (endCursor: string | null | undefined) => {
    if (!endCursor) return;
    setCursors((c) => [...c.slice(0, page + 1), endCursor]);
    setPage(page + 1);
  };
  const prevPage = () => setPage(page - 1);

  return { filter, pageSize, page, after: cursors[page], restart, nextPage, prevPage };
}

export type KeysetPages<F> = ReturnType<typeof useKeysetPages<F>>;
