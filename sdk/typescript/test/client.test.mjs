// The packed client against a real HTTP server run by the test (node:test, node:http): credentials, the retry
// rules and problem details as an app meets them. Run by ./build on the compiled package.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, test } from "node:test";

import { createRestwellClient, idempotencyKey, isProblem } from "../target/package/dist/index.js";

let server;
let baseUrl;
const seen = [];
const scripted = [];

before(async () => {
  server = createServer((request, response) => {
    seen.push({ method: request.method, url: request.url, headers: request.headers });
    const next = scripted.shift() ?? { status: 200, body: { items: [], page: 0, size: 20, total: 0 } };
    const type = next.status >= 400 ? "application/problem+json" : "application/json";
    response.writeHead(next.status, { "Content-Type": type, ...(next.headers ?? {}) });
    response.end(JSON.stringify(next.body ?? { type: "about:blank", title: "Refused", status: next.status }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
});

after(() => server.close());

function reset(...answers) {
  seen.length = 0;
  scripted.length = 0;
  scripted.push(...answers);
}

test("a person's token is asked for before every request and sent as a bearer token", async () => {
  reset();
  let asked = 0;
  const api = createRestwellClient({ baseUrl, token: () => `token-${++asked}` });
  await api.GET("/api/v1/bookings", {});
  await api.GET("/api/v1/bookings", {});
  assert.deepEqual(seen.map((request) => request.headers.authorization), ["Bearer token-1", "Bearer token-2"]);
  assert.equal(seen[0].url, "/api/v1/bookings", "the base URL's trailing slash is not doubled");
});

test("a clinic's key is sent as X-Api-Key and no bearer token", async () => {
  reset();
  const clinic = createRestwellClient({ baseUrl, apiKey: "rw_live_test" });
  await clinic.GET("/api/v1/partner/bookings", {});
  assert.equal(seen[0].headers["x-api-key"], "rw_live_test");
  assert.equal(seen[0].headers.authorization, undefined);
});

test("a 429 is tried again after Retry-After, and the answer after it is the one returned", async () => {
  reset({ status: 429, headers: { "Retry-After": "0" } }, { status: 200, body: { items: [{ id: "b1" }], page: 0, size: 20, total: 1 } });
  const api = createRestwellClient({ baseUrl, token: "t" });
  const { data, response } = await api.GET("/api/v1/bookings", {});
  assert.equal(response.status, 200);
  assert.equal(data.items[0].id, "b1");
  assert.equal(seen.length, 2);
});

test("a 429 on a POST is tried again with the same body", async () => {
  reset({ status: 429, headers: { "Retry-After": "0" } }, { status: 201, body: { id: "b2" } });
  const api = createRestwellClient({ baseUrl, token: "t" });
  const { data } = await api.POST("/api/v1/journal/pain-entries", { body: { intensity: 6 } });
  assert.equal(data.id, "b2");
  assert.equal(seen.length, 2);
});

test("a 503 on a POST without an Idempotency-Key is not repeated: the first try may have done the work", async () => {
  reset({ status: 503, headers: { "Retry-After": "0" } });
  const api = createRestwellClient({ baseUrl, token: "t" });
  const { error, response } = await api.POST("/api/v1/journal/pain-entries", { body: { intensity: 6 } });
  assert.equal(response.status, 503);
  assert.ok(isProblem(error));
  assert.equal(seen.length, 1);
});

test("a 503 on a POST with an Idempotency-Key is repeated with the same key", async () => {
  reset({ status: 503, headers: { "Retry-After": "0" } }, { status: 201, body: { id: "b3" } });
  const api = createRestwellClient({ baseUrl, token: "t" });
  const key = idempotencyKey();
  const { data } = await api.POST("/api/v1/bookings", { params: { header: { "Idempotency-Key": key } }, body: {} });
  assert.equal(data.id, "b3");
  assert.deepEqual(seen.map((request) => request.headers["idempotency-key"]), [key, key]);
});

test("retries stop after the configured number, and a Retry-After longer than the limit is not waited for", async () => {
  reset(...Array.from({ length: 5 }, () => ({ status: 429, headers: { "Retry-After": "0" } })));
  const api = createRestwellClient({ baseUrl, token: "t", retries: 2 });
  assert.equal((await api.GET("/api/v1/bookings", {})).response.status, 429);
  assert.equal(seen.length, 3);

  reset({ status: 429, headers: { "Retry-After": "120" } });
  const impatient = createRestwellClient({ baseUrl, token: "t", maxRetryDelayMs: 1000 });
  assert.equal((await impatient.GET("/api/v1/bookings", {})).response.status, 429);
  assert.equal(seen.length, 1);
});

test("a problem document is the typed error", async () => {
  reset({ status: 404, body: { type: "https://restwell.dev/problems/not-found", title: "Not found", status: 404 } });
  const api = createRestwellClient({ baseUrl, token: "t" });
  const { data, error } = await api.GET("/api/v1/bookings/{id}", { params: { path: { id: "x" } } });
  assert.equal(data, undefined);
  assert.ok(isProblem(error));
  assert.equal(error.type, "https://restwell.dev/problems/not-found");
  assert.equal(isProblem({ message: "not a problem" }), false);
});
