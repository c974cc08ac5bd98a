/** Library entry: embed Daakey in another process, or sign requests from a Node app. */
export { buildApp } from './app.js';
export { loadConfig, type Config } from './config.js';
export { createDeps, type Deps } from './deps.js';
export { parseAgencySignature, signAgencyRequest } from './lib/agency-signature.js';
