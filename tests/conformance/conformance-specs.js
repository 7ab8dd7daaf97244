// SPDX-License-Identifier: Apache-2.0
// The parts of the official OpenAPI documents that the sandbox serves, as Prism can load them.
// Each function writes a subset and returns notes saying what it changed and why.
"use strict";

const fs = require("node:fs");

function schemaClosure(schemas, roots) {
    const seen = new Set();
    const walk = (node) => {
        if (Array.isArray(node)) {
            node.forEach(walk);
        } else if (node && typeof node === "object") {
            const ref = node.$ref;
            if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
                const name = ref.slice("#/components/schemas/".length);
                if (!seen.has(name)) {
                    seen.add(name);
                    walk(schemas[name]);
                }
            }
            Object.values(node).forEach(walk);
        }
    };
    walk(roots);
    return seen;
}

function subset(spec, paths, extraSchemas) {
    const kept = {};
    for (const name of paths) {
        if (!spec.paths[name])
            throw new Error(`${name} is not in the document`);
        kept[name] = spec.paths[name];
    }
    const schemas = spec.components.schemas;
    const names = schemaClosure(schemas, Object.values(kept));
    const result = { ...spec, paths: kept, components: { ...spec.components, schemas: {} } };
    for (const name of names)
        result.components.schemas[name] = schemas[name];
    Object.assign(result.components.schemas, extraSchemas || {});
    return result;
}

// Vapi's document is 3 MB; Prism generates an example for every schema at start-up and does
// not finish within minutes on the assistant's provider unions (hundreds of schemas). The phone
// number schemas are kept whole; the assistant schemas keep every property, its type and
// limits, but their nested provider objects (model, voice, transcriber, tools, …) are accepted
// as any value: the sandbox keeps them as the client sent them, so they are the client's.
function writeVapiSubset(source, target) {
    const spec = JSON.parse(fs.readFileSync(source, "utf8"));
    const phonePaths = ["/phone-number", "/phone-number/{id}", "/v2/phone-number"];
    const assistantPaths = ["/assistant", "/assistant/{id}"];
    const flattened = [];
    const shallow = (name) => {
        const schema = JSON.parse(JSON.stringify(spec.components.schemas[name]));
        for (const [property, definition] of Object.entries(schema.properties)) {
            if (!JSON.stringify(definition).includes("$ref"))
                continue;
            schema.properties[property] = definition.type === "array" ? { type: "array" } : {};
            flattened.push(`${name}.${property}`);
        }
        return schema;
    };
    const extra = {
        Assistant: shallow("Assistant"),
        CreateAssistantDTO: shallow("CreateAssistantDTO"),
        UpdateAssistantDTO: shallow("UpdateAssistantDTO"),
        AssistantPinnedConflictResponseDTO: spec.components.schemas.AssistantPinnedConflictResponseDTO,
    };
    const phone = subset(spec, phonePaths, extra);
    for (const name of assistantPaths)
        phone.paths[name] = spec.paths[name];
    fs.writeFileSync(target, JSON.stringify(phone));
    return [`vapi: ${phonePaths.length + assistantPaths.length} paths, ${Object.keys(phone.components.schemas).length} schemas; `
        + `nested assistant properties accepted as any value: ${flattened.length} (${flattened.slice(0, 6).join(", ")}, …)`];
}

// Twilio's list envelopes declare their page URIs with `format: uri` (an absolute URI), but the
// real API answers host-relative URIs ("/2010-04-01/…", the document's own examples do too),
// and twilio-node builds the next page's URL by appending next_page_uri to its base URL, so an
// absolute URI would break its paging. The sandbox answers as the real API does; this subset
// reads those four properties as `uri-reference`.
function writeTwilioSubset(source, target) {
    const spec = JSON.parse(fs.readFileSync(source, "utf8"));
    const paths = [
        "/2010-04-01/Accounts.json",
        "/2010-04-01/Accounts/{Sid}.json",
        "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json",
        "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json",
        "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json",
        "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/TollFree.json",
        "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json",
    ];
    const result = subset(spec, paths);
    const patched = [];
    for (const [name, item] of Object.entries(result.paths)) {
        const schema = item.get && item.get.responses["200"].content["application/json"].schema;
        if (!schema || !schema.properties)
            continue;
        for (const property of ["uri", "first_page_uri", "next_page_uri", "previous_page_uri"]) {
            if (schema.properties[property] && schema.properties[property].format === "uri") {
                schema.properties[property].format = "uri-reference";
                patched.push(`${name.split("/").pop()} ${property}`);
            }
        }
    }
    fs.writeFileSync(target, JSON.stringify(result));
    return [`twilio: ${paths.length} paths, ${Object.keys(result.components.schemas).length} schemas; `
        + `page URIs read as uri-reference (host-relative, as the real API sends them): ${patched.length} properties`];
}

module.exports = { writeVapiSubset, writeTwilioSubset };
