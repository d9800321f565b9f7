/**
 * Lazy, restartable enumeration of a list operation's results (Batch .NET `IPagedEnumerable<T>`).
 * @module
 */

/** One page as the protocol layer's pager yields it. */
export interface SourcePage<W> {
  /** The page's items, in wire form. */
  readonly items: readonly W[];
  /** Link to the next page; absent on the last page. */
  readonly nextLink?: string;
}

/**
 * The part of the protocol layer's `Pager` this module relies on: page-wise iteration that follows
 * `odata.nextLink` lazily.
 */
export interface PageSource<W> {
  /** Yields the pages one request at a time. */
  byPage(): AsyncIterable<SourcePage<W>>;
}

/**
 * The results of a list call. Nothing is requested until iteration starts, and every iteration
 * (`for await`, {@link PagedEnumerable.toList}, {@link PagedEnumerable.forEach},
 * {@link PagedEnumerable.pages}) starts again from the first page.
 */
export class PagedEnumerable<T> implements AsyncIterable<T> {
  private constructor(private readonly openPages: () => AsyncIterable<readonly T[]>) {}

  /**
   * Wraps a pager. `pagerFactory` is called once per iteration (so each iteration issues fresh
   * requests) and `map` turns each wire item into its object-model form.
   */
  static from<W, T>(pagerFactory: () => PageSource<W>, map: (wire: W) => T): PagedEnumerable<T> {
    return new PagedEnumerable<T>(async function* () {
      for await (const page of pagerFactory().byPage()) {
        // The service may return an empty page that still carries a next link; callers never see it.
        if (page.items.length === 0) continue;
        yield page.items.map(map);
      }
    });
  }

  /** Iterates the items across all pages. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.openPages()) yield* page;
  }

  /** Iterates non-empty pages; each page is fetched only when the previous one has been consumed. */
  pages(): AsyncIterable<T[]> {
    const open = this.openPages;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const page of open()) yield [...page];
      },
    };
  }

  /** Fetches every page and returns all items. */
  async toList(): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.openPages()) all.push(...page);
    return all;
  }

  /** Calls `fn` for each item in order, awaiting it when it returns a promise. */
  async forEach(fn: (item: T) => void | Promise<void>): Promise<void> {
    if (typeof fn !== "function") throw new TypeError("forEach needs a function");
    for await (const item of this) await fn(item);
  }
}
