#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The official Vapi SDK creating N free numbers, `inFlight` at a time, one per assistant: the
// baseline beside switchboard-cli in run-batch-bench.py. Prints one JSON line with the wall
// time; the driver measures this process's CPU time.
//
//   node sdk-create.js <vapi base URL> <private key> <assistant ids file> <N> <in flight>
"use strict";

const fs = require("node:fs");
const path = require("node:path");
// The SDK the conformance check installs (tests/conformance/package.json).
const { VapiClient } = require(path.join(__dirname, "..", "..", "tests", "conformance",
    "node_modules", "@vapi-ai", "server-sdk"));

async function main() {
    const [baseUrl, token, idsFile, count, inFlight] = process.argv.slice(2);
    const ids = fs.readFileSync(idsFile, "utf8").split("\n").filter(Boolean)
        .slice(0, Number(count));
    const client = new VapiClient({ token, environment: baseUrl });
    const started = process.hrtime.bigint();
    let next = 0;
    let failed = 0;
    async function worker() {
        while (next < ids.length) {
            const assistantId = ids[next++];
            try {
                await client.phoneNumbers.create({ provider: "vapi", numberDesiredAreaCode: "415",
                    assistantId, name: `sdk-${assistantId.slice(0, 8)}` });
            } catch (error) {
                ++failed;
            }
        }
    }
    await Promise.all(Array.from({ length: Number(inFlight) }, worker));
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({ created: ids.length - failed, failed, wallMs }) + "\n");
}

main().catch((error) => {
    process.stderr.write(String(error) + "\n");
    process.exit(1);
});
