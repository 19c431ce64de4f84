#!/usr/bin/env node
// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

import { API } from './api.gen.js';
import { runCli } from './cli.js';
void runCli(API, process.argv.slice(2)).then((code) => { process.exitCode = code; });
