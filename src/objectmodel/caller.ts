/**
 * What every operations object and entity carries: the protocol client, its own copy of the
 * behaviors, and the open/closed state of the `BatchClient` it came from.
 * @module
 */
import type { Pager } from "../http/paging.js";
import type { ProtocolClient } from "../protocol/client.js";
import type { OperationOptions, OperationResponse } from "../protocol/operation-types.js";
import type { ProtocolOperationGroups } from "../protocol/operations.generated.js";
import { routes } from "../protocol/index.js";
import {
  checkBehaviors,
  inheritBehaviors,
  resolveRequestOptions,
  type BatchClientBehavior,
  type CallOptions,
} from "./behaviors.js";
import {
  applyDetailLevel,
  type DetailLevel,
  type DetailLevelQuery,
  type SupportedClauses,
} from "./detail-level.js";
import { InvalidOperationException } from "./errors.js";
import { PagedEnumerable, type PageSource } from "./paged-enumerable.js";

/** The `BatchClient` state shared by everything it created. */
export interface ClientHandle {
  /** The protocol client requests go through. */
  readonly protocol: ProtocolClient;
  /** True after `BatchClient.close()`. */
  readonly closed: boolean;
}

/** One get or list call: its name in errors and what the user passed. */
export interface ReadCall {
  /** The operation's name, used in detail-level errors. */
  readonly operation: string;
  /** The user's detail level, if any. */
  readonly detailLevel: DetailLevel | undefined;
  /** The user's call options, if any. */
  readonly call: CallOptions | undefined;
}

/** Protocol parameters a read request starts from: the call's options plus the detail level's query. */
export type ReadOptions = OperationOptions & DetailLevelQuery;

type Groups = ProtocolOperationGroups;

/** What the route table says about an operation: its OData clauses and whether it pages. */
interface RouteFacts {
  readonly clauses: SupportedClauses;
  readonly pageable: boolean;
}

const factsByOperation = new Map<string, RouteFacts>(
  routes.map((route) => {
    const keys = new Set(route.parameters.map((parameter) => parameter.key));
    const clauses = { filter: keys.has("filter"), select: keys.has("select"), expand: keys.has("expand") };
    return [`${route.group}.${route.name}`, { clauses, pageable: route.pageable }];
  }),
);

function factsOf(operation: OperationName): RouteFacts {
  const facts = factsByOperation.get(operation);
  if (facts === undefined) throw new RangeError(`No route for ${operation}`);
  return facts;
}

/** A list the wire returns in one response (no `odata.nextLink`), as one page. */
function singlePage<W>(response: Promise<{ body: { value?: W[] } }>): PageSource<W> {
  return {
    async *byPage() {
      const { body } = await response;
      yield { items: body.value ?? [] };
    },
  };
}

/** A protocol client operation as `group.method`, e.g. `"pool.resize"` or `"computeNodeExtension.get"`. */
export type OperationName = { [G in keyof Groups]: `${G}.${keyof Groups[G] & string}` }[keyof Groups];

type OperationOf<O extends OperationName> = O extends `${infer G extends keyof Groups}.${infer N}`
  ? N extends keyof Groups[G]
    ? Groups[G][N]
    : never
  : never;

/** The parameters of an operation that its caller supplies: all but the call options {@link Caller} adds. */
export type RequestParameters<O extends OperationName> = Omit<
  NonNullable<Parameters<OperationOf<O>>[0]>,
  keyof OperationOptions
>;

/** The parameters of a read that its caller supplies: all but the call options and the detail level's query. */
export type ReadParameters<O extends OperationName> = Omit<RequestParameters<O>, keyof DetailLevelQuery>;

/** The body an operation's response carries. */
export type ResponseBody<O extends OperationName> =
  ReturnType<OperationOf<O>> extends Promise<OperationResponse<infer B>> ? B : never;

/** The wire items a list operation yields (a pager's items, or the `value` of a one-response list). */
export type ListItem<O extends OperationName> =
  ReturnType<OperationOf<O>> extends Pager<infer W>
    ? W
    : ReturnType<OperationOf<O>> extends Promise<OperationResponse<{ value?: (infer W)[] }>>
      ? W
      : never;

/**
 * Sends requests on behalf of one object. `behaviors` is that object's `customBehaviors` list: a copy
 * of its parent's, so changing it affects this object and whatever it creates later, never the parent.
 */
export class Caller {
  #behaviors: BatchClientBehavior[];

  /** Binds a client handle to a behavior list (copied). */
  constructor(
    private readonly client: ClientHandle,
    behaviors: readonly BatchClientBehavior[],
  ) {
    this.#behaviors = inheritBehaviors(behaviors);
  }

  /** The behaviors applied to every request of the owner (the owner's `customBehaviors`). */
  get behaviors(): BatchClientBehavior[] {
    return this.#behaviors;
  }

  /**
   * Replaces the list (the owner's `customBehaviors` setter); the array itself is kept, so later
   * changes to it take effect too.
   * @throws TypeError when the value is not an array of `BatchClientBehavior`.
   */
  set behaviors(value: BatchClientBehavior[]) {
    checkBehaviors(value, "customBehaviors");
    this.#behaviors = value;
  }

  /**
   * The protocol client, once the `BatchClient` is known to be open.
   * @throws InvalidOperationException after `BatchClient.close()`.
   */
  get protocol(): ProtocolClient {
    if (this.client.closed) {
      throw new InvalidOperationException(
        "The BatchClient has been closed; open a new one to make requests.",
      );
    }
    return this.client.protocol;
  }

  /** Protocol call options (signal and pipeline settings) for one call. */
  options(call?: CallOptions): OperationOptions {
    call?.signal?.throwIfAborted();
    return {
      ...(call?.signal ? { signal: call.signal } : {}),
      requestOptions: resolveRequestOptions(this.#behaviors, call),
    };
  }

  /** Sends one request and resolves once it succeeded (the response is not needed). */
  async send<O extends OperationName>(
    operation: O,
    parameters: RequestParameters<O>,
    call?: CallOptions,
  ): Promise<void> {
    await this.#invoke(operation, call, parameters);
  }

  /** Sends one request and resolves to its response (status, body and headers). */
  async response<O extends OperationName>(
    operation: O,
    parameters: RequestParameters<O>,
    call?: CallOptions,
  ): Promise<OperationResponse<ResponseBody<O>>> {
    return (await this.#invoke(operation, call, parameters)) as OperationResponse<ResponseBody<O>>;
  }

  /** Sends one request and resolves to its response body. */
  async body<O extends OperationName>(
    operation: O,
    parameters: RequestParameters<O>,
    call?: CallOptions,
  ): Promise<ResponseBody<O>> {
    return (await this.response(operation, parameters, call)).body;
  }

  /**
   * Sends one read request and resolves to its body. The detail level is checked against the
   * clauses the operation's route accepts before anything is sent.
   */
  async get<O extends OperationName>(
    operation: O,
    parameters: ReadParameters<O>,
    read: ReadCall,
  ): Promise<ResponseBody<O>> {
    const query = applyDetailLevel(read.detailLevel, factsOf(operation).clauses, read.operation);
    const response = await this.#invoke(operation, read.call, { ...query, ...parameters });
    return (response as OperationResponse<ResponseBody<O>>).body;
  }

  /**
   * A lazy list: the detail level is checked now (throwing synchronously), the requests are sent
   * when an iteration starts, and `map` turns each wire item into its object-model form.
   */
  list<O extends OperationName, T>(
    operation: O,
    parameters: ReadParameters<O>,
    read: ReadCall,
    map: (wire: ListItem<O>) => T,
  ): PagedEnumerable<T> {
    const { clauses, pageable } = factsOf(operation);
    const query = applyDetailLevel(read.detailLevel, clauses, read.operation);
    return PagedEnumerable.from(() => {
      const source = this.#invoke(operation, read.call, { ...query, ...parameters });
      return pageable
        ? (source as PageSource<ListItem<O>>)
        : singlePage(source as Promise<{ body: { value?: ListItem<O>[] } }>);
    }, map);
  }

  /**
   * Calls the protocol client's method for `operation` (`"pool.get"` is `protocol.pool.get`) with the
   * call's options and `parameters`. The client is checked for being open before the options are
   * resolved, so a closed client is reported first.
   */
  #invoke(operation: OperationName, call: CallOptions | undefined, parameters: object): unknown {
    const [group, name] = operation.split(".") as [keyof Groups, string];
    const methods = this.protocol[group] as unknown as Record<string, (parameters: object) => unknown>;
    return methods[name]({ ...this.options(call), ...parameters });
  }

  /** A caller for a child object: same client, a copy of the current behaviors. */
  child(): Caller {
    return new Caller(this.client, this.behaviors);
  }
}
