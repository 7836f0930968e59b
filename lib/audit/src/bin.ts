#!/usr/bin/env node
/**
 * The `audit-reported` command: `audit-reported <file> [--json]` (see {@link main}).
 * @module audit/bin
 */
import { main } from "./cli.js";

process.exitCode = await main(process.argv.slice(2));
