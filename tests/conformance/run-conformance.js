#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Conformance of switchboard-sandbox with the real services' documents and official clients.
//
//   node run-conformance.js <switchboard-sandbox executable> <directory with vapi/openapi.json
//                                                               and twilio/twilio_api_v2010.json>
//
// 1. Starts the sandbox (demo world) and two Prism proxies in front of it, one per OpenAPI
//    document, in --errors mode: a request or response that breaks the document fails.
// 2. Drives the official SDKs (@vapi-ai/server-sdk, twilio) through the proxies, so every
//    success-path response is validated by Prism and parsed by the SDK a real client uses.
// 3. Sends error cases straight to the sandbox (the documents declare no error responses) and
//    checks that the SDKs parse them as they parse the real services' errors.
// Exit code 0 when every check passes, 1 otherwise.
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const assert = require("node:assert/strict");

const { VapiClient, VapiError } = require("@vapi-ai/server-sdk");
const twilio = require("twilio");

const specs = require("./conformance-specs");

// The demo world's credentials (docs/SANDBOX.md).
const demo = {
    acmeKey: "a1a1a1a1-0000-4000-8000-000000000001",
    brightsideKey: "b2b2b2b2-0000-4000-8000-000000000002",
    copperlineKey: "c3c3c3c3-0000-4000-8000-000000000003",
    agencySid: "ACc4b2af4722ee54e317672875b2d8cf49",
    agencyToken: "b188d1c1385425e20737b4a99c9d0c7a",
    agencyKeySid: "SKd944b30b8cfbe9c8e67c4e19a75688bc",
    agencyKeySecret: "6ef207dac7905d65416176e3b59b7fd5",
    copperlineSid: "AC9fe647f33f6b99e3030ad8503063d4b5",
    copperlineKeySid: "SKefb962905c3e8c383b7981f4faf6c1be",
    copperlineKeySecret: "6b31794a515a63e63eb34fdbca1a2660",
};

const children = [];

function stopChildren() {
    for (const child of children) {
        if (child.exitCode === null && child.signalCode === null)
            child.kill("SIGTERM");
    }
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.on("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

// Starts a process and resolves with the first stdout line that matches `ready`.
function startProcess(name, command, args, ready, timeoutMs, log) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        children.push(child);
        let output = "";
        const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
        const onData = (chunk) => {
            const text = chunk.toString();
            output += text;
            if (log)
                log.push(text);
            const match = output.match(ready);
            if (match && timer) {
                clearTimeout(timer);
                resolve({ child, match });
            }
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.on("exit", (code) => {
            clearTimeout(timer);
            reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`));
        });
    });
}

const results = [];

async function check(name, body) {
    try {
        await body();
        results.push({ name, ok: true });
        console.log(`PASS  ${name}`);
    } catch (error) {
        results.push({ name, ok: false, error });
        console.log(`FAIL  ${name}\n      ${String(error && error.stack || error).split("\n").slice(0, 6).join("\n      ")}`);
    }
}

async function expectVapiError(promise, statusCode, messagePattern) {
    try {
        await promise;
    } catch (error) {
        assert.ok(error instanceof VapiError, `expected a VapiError, got ${error}`);
        assert.equal(error.statusCode, statusCode);
        const message = error.body && error.body.message;
        const text = Array.isArray(message) ? message.join(" | ") : message;
        assert.equal(typeof error.body.statusCode, "number");
        assert.equal(typeof error.body.error, "string");
        assert.match(text, messagePattern);
        return;
    }
    assert.fail(`expected HTTP ${statusCode}`);
}

async function expectTwilioError(promise, status, code) {
    try {
        await promise;
    } catch (error) {
        assert.equal(error.status, status, String(error));
        assert.equal(error.code, code);
        assert.equal(error.moreInfo, `https://www.twilio.com/docs/errors/${code}`);
        assert.equal(typeof error.message, "string");
        return;
    }
    assert.fail(`expected Twilio error ${code}`);
}

function twilioClient(user, secret, baseUrl, accountSid) {
    const client = twilio(user, secret, accountSid ? { accountSid } : {});
    client.api.baseUrl = baseUrl; // twilio-node's documented domain override (see twilio-api.md §9)
    return client;
}

async function vapiChecks(viaPrism, directUrl) {
    const acme = new VapiClient({ token: demo.acmeKey, environment: viaPrism });
    let assistantId;
    await check("vapi: assistants.create keeps metadata as sent", async () => {
        const assistant = await acme.assistants.create({
            name: "Conformance",
            firstMessage: "Hello",
            model: { provider: "openai", model: "gpt-4o", messages: [{ role: "system", content: "Be brief." }] },
            voice: { provider: "vapi", voiceId: "Elliot" },
            metadata: { tenant: "acme", nested: { n: 1 } },
        });
        assistantId = assistant.id;
        assert.match(assistant.id, /^[0-9a-f-]{36}$/);
        assert.deepEqual(assistant.metadata, { tenant: "acme", nested: { n: 1 } });
        assert.equal(typeof assistant.createdAt, "string");
    });
    await check("vapi: assistants.list, get, update, delete", async () => {
        const list = await acme.assistants.list({ limit: 100 });
        assert.ok(list.some((assistant) => assistant.id === assistantId));
        const fetched = await acme.assistants.get({ id: assistantId });
        assert.equal(fetched.name, "Conformance");
        const updated = await acme.assistants.update({ id: assistantId, name: "Renamed" });
        assert.equal(updated.name, "Renamed");
        const filtered = await acme.assistants.list({ createdAtGe: fetched.createdAt });
        assert.ok(filtered.some((assistant) => assistant.id === assistantId));
    });
    let freeNumberId;
    await check("vapi: phoneNumbers.create free number with area code", async () => {
        const number = await acme.phoneNumbers.create({ provider: "vapi", numberDesiredAreaCode: "303", assistantId, name: "Conformance line" });
        freeNumberId = number.id;
        assert.equal(number.provider, "vapi");
        assert.ok(["active", "activating"].includes(number.status));
        assert.match(number.number, /^\+1303/);
        assert.equal(number.assistantId, assistantId);
    });
    await check("vapi: phoneNumbers.create free SIP number", async () => {
        const number = await acme.phoneNumbers.create({ provider: "vapi", sipUri: "sip:Conformance@sip.vapi.ai" });
        assert.equal(number.sipUri, "sip:conformance@sip.vapi.ai");
        assert.equal(number.number, undefined);
    });
    await check("vapi: phoneNumbers.create imports a Twilio number with an API key", async () => {
        const copperline = new VapiClient({ token: demo.copperlineKey, environment: viaPrism });
        const number = await copperline.phoneNumbers.create({
            provider: "twilio",
            number: "+12065550101",
            twilioAccountSid: demo.copperlineSid,
            twilioApiKey: demo.copperlineKeySid,
            twilioApiSecret: demo.copperlineKeySecret,
            smsEnabled: false,
        });
        assert.equal(number.provider, "twilio");
        assert.equal(number.twilioAccountSid, demo.copperlineSid);
        assert.equal(number.twilioApiSecret, undefined);
        assert.equal(number.smsEnabled, false);
    });
    await check("vapi: a number with server, fallbackDestination, hooks and SIP authentication", async () => {
        const number = await acme.phoneNumbers.create({
            provider: "vapi",
            sipUri: "sip:front-desk-conformance@sip.vapi.ai",
            name: "Everything",
            server: { url: "https://example.com/vapi", timeoutSeconds: 20, headers: { "x-tenant": "acme" } },
            fallbackDestination: { type: "number", number: "+14155550123", message: "Transferring you." },
            hooks: [{ on: "call.ringing", do: [{ type: "say", exact: "Hello" }] }],
            authentication: { realm: "sip.vapi.ai", username: "conformance-user-0001", password: "conformance-password-01" },
        });
        assert.equal(number.server.url, "https://example.com/vapi");
        assert.equal(number.fallbackDestination.number, "+14155550123");
        assert.equal(number.hooks[0].on, "call.ringing");
        const fallbackSip = await acme.phoneNumbers.update({ id: number.id, body: { provider: "vapi",
            fallbackDestination: { type: "sip", sipUri: "sip:desk@example.com" } } });
        assert.equal(fallbackSip.fallbackDestination.type, "sip");
    });
    await check("vapi: phoneNumbers.list and the paginated list", async () => {
        const list = await acme.phoneNumbers.list({ limit: 100 });
        assert.equal(list.length, 6);
        const page = await acme.phoneNumbers.phoneNumberControllerFindAllPaginated({ page: 2, limit: 2, sortOrder: "ASC" });
        assert.equal(page.results.length, 2);
        assert.equal(page.metadata.totalItems, 6);
        assert.equal(page.metadata.currentPage, 2);
        assert.equal(page.metadata.itemsPerPage, 2);
        const search = await acme.phoneNumbers.phoneNumberControllerFindAllPaginated({ search: "conformance" });
        assert.equal(search.results.length, 3);
    });
    await check("vapi: phoneNumbers.get, update, delete", async () => {
        const fetched = await acme.phoneNumbers.get({ id: freeNumberId });
        assert.equal(fetched.id, freeNumberId);
        const renamed = await acme.phoneNumbers.update({ id: freeNumberId, body: { provider: "vapi", name: "Renamed line" } });
        assert.equal(renamed.name, "Renamed line");
        assert.equal(renamed.assistantId, assistantId);
        // The document types assistantId as a string, yet Vapi unassigns with null (its SDK's
        // issue #8), so this request goes to the sandbox directly: Prism would refuse it.
        const direct = new VapiClient({ token: demo.acmeKey, environment: directUrl });
        const updated = await direct.phoneNumbers.update({ id: freeNumberId, body: { provider: "vapi", assistantId: null } });
        assert.equal(updated.assistantId, undefined);
        assert.equal((await acme.phoneNumbers.get({ id: freeNumberId })).assistantId, undefined);
        const deleted = await acme.phoneNumbers.delete({ id: freeNumberId });
        assert.equal(deleted.id, freeNumberId);
        await acme.assistants.delete({ id: assistantId });
    });

    // Error bodies, straight from the sandbox.
    await check("vapi: errors parse as VapiError (401, cap reached, whitelist, 404)", async () => {
        await expectVapiError(new VapiClient({ token: "wrong-key", environment: directUrl }).assistants.list(), 401, /Invalid Key/);
        const brightside = new VapiClient({ token: demo.brightsideKey, environment: directUrl });
        await expectVapiError(brightside.phoneNumbers.create({ provider: "vapi", numberDesiredAreaCode: "415" }), 400, /limit reached/);
        const acmeDirect = new VapiClient({ token: demo.acmeKey, environment: directUrl });
        await expectVapiError(acmeDirect.phoneNumbers.create({ provider: "vapi", serverUrl: "https://x.example" }), 400, /property serverUrl should not exist/);
        await expectVapiError(acmeDirect.phoneNumbers.get({ id: "00000000-0000-4000-8000-000000000000" }), 404, /Not Found/);
    });
}

async function twilioChecks(viaPrism, direct) {
    const agency = twilioClient(demo.agencySid, demo.agencyToken, viaPrism);
    let tenant;
    await check("twilio: accounts.create returns the subaccount's token once", async () => {
        const account = await agency.api.v2010.accounts.create({ friendlyName: "Conformance tenant" });
        assert.match(account.sid, /^AC[0-9a-f]{32}$/);
        assert.equal(account.authToken.length, 32);
        assert.equal(account.ownerAccountSid, demo.agencySid);
        assert.ok(account.dateCreated instanceof Date && !isNaN(account.dateCreated));
        tenant = account;
        const fetched = await agency.api.v2010.accounts(account.sid).fetch();
        assert.equal(fetched.authToken, null);
        const all = await agency.api.v2010.accounts.list();
        assert.ok(all.length >= 3);
    });
    const tenantClient = () => twilioClient(tenant.sid, tenant.authToken, viaPrism);
    let bought = [];
    await check("twilio: availablePhoneNumbers local and toll-free", async () => {
        const local = await tenantClient().api.v2010.accounts(tenant.sid).availablePhoneNumbers("US").local.list({ areaCode: 415, limit: 7 });
        assert.equal(local.length, 7);
        assert.ok(local.every((number) => number.phoneNumber.startsWith("+1415") && number.region === "CA"));
        const tollFree = await tenantClient().api.v2010.accounts(tenant.sid).availablePhoneNumbers("US").tollFree.list({ limit: 3 });
        assert.equal(tollFree.length, 3);
        const contains = await tenantClient().api.v2010.accounts(tenant.sid).availablePhoneNumbers("US").local.list({ contains: "5550139", limit: 20 });
        assert.ok(contains.length >= 1);
        bought = local.map((number) => number.phoneNumber);
    });
    await check("twilio: incomingPhoneNumbers.create, then list pages through next_page_uri", async () => {
        const numbers = tenantClient().api.v2010.accounts(tenant.sid).incomingPhoneNumbers;
        for (const phoneNumber of bought) {
            const number = await numbers.create({ phoneNumber, voiceUrl: "https://example.com/voice" });
            assert.equal(number.phoneNumber, phoneNumber);
            assert.equal(number.status, "in-use");
        }
        const all = await numbers.list({ pageSize: 3 }); // 3 pages, followed by the SDK
        assert.deepEqual(all.map((number) => number.phoneNumber).sort(), [...bought].sort());
        const firstPage = await numbers.page({ pageSize: 3 });
        const secondPage = await firstPage.nextPage();
        const thirdPage = await secondPage.nextPage();
        assert.equal(thirdPage.instances.length, 1);
        assert.equal(await thirdPage.nextPage(), undefined);
        const filtered = await numbers.list({ phoneNumber: bought[0] });
        assert.equal(filtered.length, 1);
    });
    await check("twilio: incomingPhoneNumbers fetch, update, remove with an API key", async () => {
        const keyClient = twilioClient(demo.agencyKeySid, demo.agencyKeySecret, viaPrism, demo.agencySid);
        const numbers = keyClient.api.v2010.accounts(tenant.sid).incomingPhoneNumbers;
        const [first] = await numbers.list({ limit: 1 });
        const updated = await numbers(first.sid).update({ voiceUrl: "https://example.com/v2", smsUrl: "https://example.com/sms", friendlyName: "Front desk" });
        assert.equal(updated.voiceUrl, "https://example.com/v2");
        assert.equal(updated.friendlyName, "Front desk");
        const everything = await numbers(first.sid).update({
            voiceMethod: "GET", voiceFallbackUrl: "https://example.com/fallback", voiceFallbackMethod: "POST",
            voiceCallerIdLookup: true, statusCallback: "https://example.com/status", statusCallbackMethod: "GET",
            smsMethod: "GET", smsFallbackUrl: "https://example.com/sms-fallback", voiceReceiveMode: "voice",
            voiceApplicationSid: "AP0123456789abcdef0123456789abcdef", emergencyStatus: "Inactive",
            addressSid: "AD0123456789abcdef0123456789abcdef", bundleSid: "BU0123456789abcdef0123456789abcdef",
            identitySid: "RI0123456789abcdef0123456789abcdef",
        });
        assert.equal(everything.voiceCallerIdLookup, true);
        assert.equal(everything.voiceApplicationSid, "AP0123456789abcdef0123456789abcdef");
        const fetched = await numbers(first.sid).fetch();
        assert.equal(fetched.smsUrl, "https://example.com/sms");
        assert.equal(fetched.voiceMethod, "GET");
        assert.ok(fetched.dateUpdated instanceof Date && !isNaN(fetched.dateUpdated));
        assert.equal(await numbers(first.sid).remove(), true);
    });
    await check("twilio: test numbers and errors parse as RestException", async () => {
        const directAgency = twilioClient(demo.agencySid, demo.agencyToken, direct);
        const numbers = directAgency.api.v2010.accounts(demo.agencySid).incomingPhoneNumbers;
        await expectTwilioError(numbers.create({ phoneNumber: "+15005550000" }), 400, 21422);
        await expectTwilioError(numbers.create({ areaCode: "533" }), 400, 21452);
        await expectTwilioError(numbers("PN00000000000000000000000000000000").fetch(), 404, 20404);
        const wrong = twilioClient(demo.agencySid, "wrong-token", direct);
        await expectTwilioError(wrong.api.v2010.accounts(demo.agencySid).incomingPhoneNumbers.list(), 401, 20003);
        const magic = await twilioClient(demo.agencySid, demo.agencyToken, viaPrism)
            .api.v2010.accounts(demo.agencySid).incomingPhoneNumbers.create({ phoneNumber: "+15005550006" });
        assert.equal(magic.phoneNumber, "+15005550006");
    });
}

async function main() {
    const [sandboxExecutable, specDirectory] = process.argv.slice(2);
    if (!sandboxExecutable || !specDirectory) {
        console.error("usage: node run-conformance.js <switchboard-sandbox> <directory holding vapi/openapi.json and twilio/twilio_api_v2010.json>");
        return 2;
    }
    const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-conformance-"));
    const vapiSpec = path.join(workDirectory, "vapi.json");
    const twilioSpec = path.join(workDirectory, "twilio.json");
    for (const note of specs.writeVapiSubset(path.join(specDirectory, "vapi", "openapi.json"), vapiSpec))
        console.log(`note  ${note}`);
    for (const note of specs.writeTwilioSubset(path.join(specDirectory, "twilio", "twilio_api_v2010.json"), twilioSpec))
        console.log(`note  ${note}`);

    const { match } = await startProcess("switchboard-sandbox", sandboxExecutable,
        ["--world", "demo", "--activation-delay", "0", "--port", "0"],
        /listening on (http:\/\/127\.0\.0\.1:\d+)/, 10000);
    const sandboxUrl = match[1];
    const prism = path.join(__dirname, "node_modules", ".bin", "prism");
    const vapiPort = await freePort();
    const twilioPort = await freePort();
    const prismLog = [];
    await Promise.all([
        startProcess("prism (vapi)", prism, ["proxy", "--errors", "-h", "127.0.0.1", "-p", String(vapiPort), vapiSpec, sandboxUrl],
            /Prism is listening/, 180000, prismLog),
        startProcess("prism (twilio)", prism, ["proxy", "--errors", "-h", "127.0.0.1", "-p", String(twilioPort), twilioSpec, sandboxUrl],
            /Prism is listening/, 180000, prismLog),
    ]);
    prismLog.length = 0; // from here on, only what the checks caused

    await vapiChecks(`http://127.0.0.1:${vapiPort}`, sandboxUrl);
    await twilioChecks(`http://127.0.0.1:${twilioPort}`, sandboxUrl);
    await check("prism: no request or response broke the documents", async () => {
        const violations = prismLog.join("").split("\n").filter((line) => /Violation|VIOLATIONS|UNPROCESSABLE/.test(line));
        assert.deepEqual(violations, []);
    });

    fs.rmSync(workDirectory, { recursive: true, force: true });
    const failed = results.filter((result) => !result.ok);
    console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
    return failed.length === 0 ? 0 : 1;
}

main()
    .then((code) => { stopChildren(); process.exitCode = code; })
    .catch((error) => { console.error(error); stopChildren(); process.exitCode = 1; });
