// Restwell's public API for TypeScript: the generated types of every operation (./api.ts, from the gateway's
// OpenAPI document at build time) and openapi-fetch, with the three things every app needs around them:
// a credential on each request, retries where a retry is safe, and problem details as a type.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths, webhooks } from "./api.js";

export type { components, paths, webhooks };

/** An RFC 9457 problem: every 4xx and 5xx the platform answers. Validation failures list each field in `errors`. */
export type Problem = components["schemas"]["Problem"];

/** The typed client of every operation: `client.GET("/api/v1/bookings", …)`, `client.POST(…)`, … */
export type RestwellClient = Client<paths>;

export interface RestwellOptions {
  /** The gateway, e.g. `https://api.restwell.dev`. */
  baseUrl: string;
  /** A person's or an operator's JWT (sent as `Authorization: Bearer …`); a function is asked before each request, so it can refresh. */
  token?: string | (() => string | Promise<string>);
  /** A partner clinic's API key (sent as `X-Api-Key`; the platform accepts it only on `/api/v1/partner/...`). */
  apiKey?: string;
  /** How many times a request refused with 429 or 503 is tried again (default 2; 0 turns retries off). */
  retries?: number;
  /** The longest wait before a retry, in milliseconds (default 10 000): a longer `Retry-After` is not waited for. */
  maxRetryDelayMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: (request: Request) => Promise<Response>;
}

/** A client of the whole public API with the credential, the retries and the base URL set once. */
export function createRestwellClient(options: RestwellOptions): RestwellClient {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    fetch: retrying(send, options.retries ?? 2, options.maxRetryDelayMs ?? 10_000),
  });
  client.use(credentials(options));
  return client;
}

/** A fresh `Idempotency-Key`: make one per booking attempt and send the same one on every retry of that attempt. */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Whether an error body is a problem document (every error the platform answers is one). */
export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as { status?: unknown }).status === "number"
    && typeof (value as { title?: unknown }).title === "string";
}

function credentials(options: RestwellOptions): Middleware {
  return {
    async onRequest({ request }) {
      if (options.token !== undefined) {
        const token = typeof options.token === "function" ? await options.token() : options.token;
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      if (options.apiKey !== undefined) {
        request.headers.set("X-Api-Key", options.apiKey);
      }
      return request;
    },
  };
}

/**
 * A 429 was refused before any work was done, so it is always tried again. A 503 may come after the request reached
 * a service, so it is tried again only where a second try cannot do the work twice: reads, PUT and DELETE, and
 * requests that carry an `Idempotency-Key`.
 */
function retrying(send: (request: Request) => Promise<Response>, retries: number, maxDelayMs: number) {
  return async (request: Request): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const response = await send(attempt < retries ? request.clone() : request);
      const retryable = response.status === 429 || (response.status === 503 && safeToRepeat(request));
      if (!retryable || attempt >= retries) {
        return response;
      }
      const delay = retryDelay(response.headers.get("Retry-After"), attempt);
      if (delay > maxDelayMs) {
        return response;
      }
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
}

function safeToRepeat(request: Request): boolean {
  return ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"].includes(request.method) || request.headers.has("Idempotency-Key");
}

/** `Retry-After` in seconds or as an HTTP date; without one, 0.5 s, 1 s, 2 s, … */
function retryDelay(retryAfter: string | null, attempt: number): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) {
      return Math.max(0, seconds * 1000);
    }
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) {
      return Math.max(0, date - Date.now());
    }
  }
  return 500 * 2 ** attempt;
}
