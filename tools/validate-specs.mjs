#!/usr/bin/env node
// Independent validation of OpenAPI documents with @apidevtools/swagger-parser.
//
// Usage: node tools/validate-specs.mjs <spec> [<spec> ...]
//
// For each file, SwaggerParser.validate() parses the YAML/JSON, resolves and
// dereferences every $ref, and validates the document against the official
// OpenAPI (2.0 / 3.0.x) JSON schema plus swagger-parser's extra semantic checks
// (duplicate operationIds, path parameters declared for every template segment, ...).
// Prints `OK <file>` or `FAIL <file>: <error>` per file; exits 1 if any file fails.
// Needs the packages from tools/package-lock.json: `npm ci --prefix tools`.

import SwaggerParser from "@apidevtools/swagger-parser";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tools/validate-specs.mjs <spec.yaml> [<spec.yaml> ...]");
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  try {
    // A fresh parse per file: validate() dereferences the document in place.
    await SwaggerParser.validate(file);
    console.log(`OK ${file}`);
  } catch (err) {
    failed += 1;
    const details = Array.isArray(err?.details) && err.details.length > 0
      ? "\n" + JSON.stringify(err.details, null, 2)
      : "";
    console.error(`FAIL ${file}: ${err?.message ?? err}${details}`);
  }
}

if (failed > 0) {
  console.error(`${failed} of ${files.length} spec(s) failed validation`);
  process.exit(1);
}
