/**
 * The protocol client: one method per REST operation, built at construction from the generated route table.
 * @module
 */
import { BatchException } from "../http/errors.js";
import { createPager } from "../http/paging.js";
import { HttpPipeline } from "../http/pipeline.js";
import type { IRetryPolicy } from "../http/retry-decision.js";
import type { HttpSender, PipelineRequest, RequestSigner, ResponseKind } from "../http/types.js";
import type { OperationOptions, OperationResponse } from "./operation-types.js";
import type { ProtocolOperationGroups } from "./operations.generated.js";
import { parseResponseHeaders } from "./response-headers.js";
import type { Route, RouteParameter } from "./route-types.js";
import { routes } from "./routes.generated.js";

/** Operations that move file content or a single large task: the pipeline gives them a longer timeout. */
const longOperations = new Set(["File_GetFromTask", "File_GetFromComputeNode", "Task_Add"]);
const routesById = new Map(routes.map((route) => [route.operationId, route]));

/** Options of {@link ProtocolClient}. */
export interface ProtocolClientOptions {
  /**
   * Retry policy for every request (default: exponential, 1 s delta, 6 retries). Through
   * `BatchClient.open`, it is the policy of the client's default `RetryPolicyProvider`.
   */
  retryPolicy?: IRetryPolicy;
  /**
   * Per-attempt client timeout in milliseconds (default 60 s; file downloads and single task add get
   * at least 180 s). A `BatchRequestTimeout` behavior overrides it.
   */
  defaultTimeoutMs?: number;
  /** Appended to the `User-Agent` header. */
  userAgentSuffix?: string;
  /** Sends requests instead of the built-in pipeline (the credentials are then not used). */
  sender?: HttpSender;
}

/** A parameters object of any operation: its REST parameters keyed by their camelCase names, plus the call options. */
export type OperationParameters = Record<string, unknown> & OperationOptions;

function formatValue(parameter: RouteParameter, value: unknown): string {
  if (value instanceof Date)
    return parameter.kind === "date-time-rfc1123" ? value.toUTCString() : value.toISOString();
  return String(value);
}

/** Path parameters that name a file below a task or node directory, and so may hold `/`. */
const FILE_PATH_PARAMETERS = new Set(["filePath"]);

/**
 * Refuses a path value that would alias another resource: URL parsing removes `.` and `..` segments
 * (encoded or not), so `deleteTask(job, "..")` would otherwise become `DELETE /jobs/{job}`.
 * Ids may not contain a path separator at all; file paths may (a leading or trailing one is ignored),
 * but no segment may be `.`, `..` or empty.
 */
function checkPathValue(route: Route, key: string, value: string): void {
  const isFilePath = FILE_PATH_PARAMETERS.has(key);
  const segments = isFilePath ? value.replace(/^[/\\]+|[/\\]+$/g, "").split(/[/\\]/) : [value];
  if (!isFilePath && /[/\\]/.test(value)) {
    throw new RangeError(`${route.operationId}: the parameter '${key}' must not contain '/' or '\\'.`);
  }
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new RangeError(
      `${route.operationId}: the parameter '${key}' must not be or contain an empty, '.' or '..' path segment.`,
    );
  }
}

/** A route's path as literal text between its parameters (`parameters[i]` goes after `texts[i]`). */
interface PathTemplate {
  readonly texts: readonly string[];
  readonly parameters: readonly (Route["parameters"][number] | string)[];
}

const pathTemplates = new WeakMap<Route, PathTemplate>();

/** The route's path template, split once per route; a placeholder without a parameter keeps its wire name. */
function pathTemplateOf(route: Route): PathTemplate {
  let template = pathTemplates.get(route);
  if (template === undefined) {
    const pieces = route.path.split(/\{(\w+)\}/);
    template = {
      texts: pieces.filter((_, i) => i % 2 === 0),
      parameters: pieces
        .filter((_, i) => i % 2 === 1)
        .map(
          (wireName) => route.parameters.find((p) => p.wireName === wireName && p.in === "path") ?? wireName,
        ),
    };
    pathTemplates.set(route, template);
  }
  return template;
}

function expandPath(route: Route, parameters: OperationParameters): string {
  const { texts, parameters: placeholders } = pathTemplateOf(route);
  let path = texts[0];
  for (let i = 0; i < placeholders.length; i++) {
    const parameter = placeholders[i];
    const value = typeof parameter === "string" ? undefined : parameters[parameter.key];
    if (typeof parameter === "string" || value === undefined || value === null || value === "") {
      const key = typeof parameter === "string" ? parameter : parameter.key;
      throw new TypeError(`${route.operationId}: the parameter '${key}' is required.`);
    }
    const text = formatValue(parameter, value);
    checkPathValue(route, parameter.key, text);
    path += encodeURIComponent(text) + texts[i + 1];
  }
  return path;
}

function responseKind(route: Route): ResponseKind {
  if (route.binaryResponse) return "stream";
  return route.responseSchema ? "json" : "none";
}

/** Turns a parameters object into the pipeline request for a route. */
export function buildRequest(
  baseUrl: string,
  route: Route,
  parameters: OperationParameters = {},
): PipelineRequest {
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  let body: unknown;
  for (const parameter of route.parameters) {
    const value = parameters[parameter.key];
    if (value === undefined || value === null) {
      if (parameter.required && parameter.in !== "path") {
        throw new TypeError(`${route.operationId}: the parameter '${parameter.key}' is required.`);
      }
      continue;
    }
    if (parameter.in === "query") query[parameter.wireName] = formatValue(parameter, value);
    else if (parameter.in === "header") headers[parameter.wireName] = formatValue(parameter, value);
    else if (parameter.in === "body") body = value;
  }
  const requestOptions = parameters.requestOptions ?? {};
  return {
    method: route.method,
    url: baseUrl + expandPath(route, parameters),
    query,
    headers,
    body,
    responseKind: responseKind(route),
    // One object shape for every request: conditional spreads made each call site see several.
    longOperation: longOperations.has(route.operationId),
    options: parameters.signal ? { ...requestOptions, signal: parameters.signal } : { ...requestOptions },
  };
}

function isExistsCheck(route: Route): boolean {
  return route.successCodes.includes(404);
}

/**
 * The Batch REST API as plain typed calls, one per operation of api-version 2024-07-01.20.0:
 * `Pool_Add` is `client.pool.add({ pool })`, `Task_AddCollection` is `client.task.addCollection(...)`.
 * Each call takes one parameters object keyed by the contract's parameter names in camelCase and resolves
 * to `{ status, body, headers }`; list operations return a lazy {@link Pager} that follows `odata.nextLink`.
 *
 * @example
 * ```ts
 * const protocol = new ProtocolClient(url, new BatchSharedKeyCredentials(url, account, key));
 * const { body: pool } = await protocol.pool.get({ poolId: "mypool", select: "id,state" });
 * for await (const task of protocol.task.list({ jobId: "myjob", filter: "state eq 'active'" })) console.log(task.id);
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ProtocolClient {
  /** The account endpoint, without a trailing slash. */
  readonly baseUrl: string;
  readonly #sender: HttpSender;

  constructor(baseUrl: string, credentials: RequestSigner, options: ProtocolClientOptions = {}) {
    if (typeof baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(baseUrl)) {
      throw new TypeError("ProtocolClient: baseUrl must be an absolute http(s) URL.");
    }
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.#sender =
      options.sender ??
      new HttpPipeline({
        signer: credentials,
        ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
        ...(options.defaultTimeoutMs ? { defaultTimeoutMs: options.defaultTimeoutMs } : {}),
        ...(options.userAgentSuffix ? { userAgentSuffix: options.userAgentSuffix } : {}),
      });
    const groups: Record<string, Record<string, (parameters?: OperationParameters) => unknown>> = {};
    for (const route of routes) {
      groups[route.group] ??= {};
      groups[route.group][route.name] = (parameters?: OperationParameters) => this.#invoke(route, parameters);
    }
    for (const [name, members] of Object.entries(groups)) {
      Object.defineProperty(this, name, { value: Object.freeze(members), enumerable: true });
    }
  }

  /** Sends any operation of the route table by its operation id, e.g. `invoke("Pool_Get", { poolId })`. */
  invoke(operationId: string, parameters?: OperationParameters): unknown {
    const route = routesById.get(operationId);
    if (!route) throw new RangeError(`ProtocolClient: unknown operation '${operationId}'.`);
    return this.#invoke(route, parameters);
  }

  #invoke(route: Route, parameters?: OperationParameters): unknown {
    const request = buildRequest(this.baseUrl, route, parameters);
    if (route.pageable) {
      return createPager(this.#sender, request);
    }
    return this.#send(route, request);
  }

  async #send(route: Route, request: PipelineRequest): Promise<OperationResponse<unknown>> {
    try {
      const response = await this.#sender.send(request);
      return {
        status: response.status,
        body: response.body,
        headers: parseResponseHeaders(response.headers),
      };
    } catch (error) {
      if (
        isExistsCheck(route) &&
        error instanceof BatchException &&
        error.requestInformation.httpStatusCode === 404
      ) {
        return { status: 404, body: undefined, headers: parseResponseHeaders({}) };
      }
      throw error;
    }
  }
}

// Declaration merging gives the class the generated, typed operation groups that the constructor installs.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ProtocolClient extends ProtocolOperationGroups {}
