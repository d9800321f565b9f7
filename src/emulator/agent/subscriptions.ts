/**
 * Store event listeners that are removed together: the scheduler's parts subscribe through one
 * {@link Subscriptions} and drop every listener when the service closes.
 * @module
 */
import type { EventEmitter } from "eventemitter3";
import type { StoreEvents } from "../store/events.js";

/** A set of store event listeners removed together by {@link Subscriptions.close}. */
export class Subscriptions {
  private readonly offs: Array<() => void> = [];

  /** Listens on `events` until {@link close}. */
  constructor(private readonly events: EventEmitter<StoreEvents>) {}

  /** Adds a listener for `event`. */
  on<E extends keyof StoreEvents>(event: E, listener: EventEmitter.EventListener<StoreEvents, E>): void {
    this.events.on(event, listener);
    this.offs.push(() => this.events.off(event, listener));
  }

  /** Removes every listener added so far. */
  close(): void {
    for (const off of this.offs.splice(0)) off();
  }
}
