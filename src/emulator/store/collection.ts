/**
 * An id-keyed collection with the service's identity rules: ids compare case-insensitively,
 * and listing order is creation order (a stable key for paging).
 * @module
 */
import { alreadyExists, notFound, type ResourceKind } from "../errors.js";

/** Anything stored in a collection: a creation sequence number (the stable sort and paging key). */
export interface Sequenced {
  /** Monotonic creation sequence across the whole store. */
  readonly seq: number;
}

/** Resources kept in a {@link Collection}, keyed by their id folded to lower case. */
export class Collection<T extends Sequenced> {
  private readonly items = new Map<string, T>();

  /**
   * @internal The store creates its collections; `kind` picks the error codes, `onChange` hears of
   * every insert and removal (with the lower-cased key; `item` is undefined for a removal).
   */
  constructor(
    private readonly kind: ResourceKind,
    private readonly onChange?: (key: string, item: T | undefined, collection: Collection<T>) => void,
  ) {}

  /** The entry with this id, or `undefined`. */
  find(id: string): T | undefined {
    return this.items.get(id.toLowerCase());
  }

  /** The entry with this id; a 404 with the kind's `…NotFound` code otherwise. */
  get(id: string): T {
    const item = this.find(id);
    if (!item) throw notFound(this.kind);
    return item;
  }

  /** True when an entry with this id exists. */
  has(id: string): boolean {
    return this.items.has(id.toLowerCase());
  }

  /** Adds a new entry; a 409 with the kind's `…Exists` code when the id is taken. */
  insert(id: string, item: T): T {
    const key = id.toLowerCase();
    if (this.items.has(key)) throw alreadyExists(this.kind as Parameters<typeof alreadyExists>[0]);
    this.items.set(key, item);
    this.onChange?.(key, item, this);
    return item;
  }

  /** Removes an entry (no-op when absent). */
  remove(id: string): void {
    const key = id.toLowerCase();
    if (this.items.delete(key)) this.onChange?.(key, undefined, this);
  }

  /** All entries in creation order. */
  list(): T[] {
    const items = [...this.items.values()];
    // Entries are inserted as they are created, so the map is almost always in order already.
    for (let i = 1; i < items.length; i++)
      if (items[i - 1].seq > items[i].seq) return items.sort((a, b) => a.seq - b.seq);
    return items;
  }

  /** Number of entries. */
  get size(): number {
    return this.items.size;
  }
}
