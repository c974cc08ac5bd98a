/**
 * The SDK's generated files, as pure functions of the API's OpenAPI document: `npm run sdk:generate`
 * (scripts/generate-sdk.ts) writes them, and test/unit/sdk-generated.test.ts renders them in memory and
 * fails when the committed ones differ, so the SDK cannot drift from the routes.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

/**
 * The environment the document is built under: a production server's, so development-only routes
 * (/dev/inbox) are not part of the SDK. No value in it ends up in the document but APP_ENV's effect.
 */
export const SDK_DOCUMENT_ENV = {
  APP_ENV: 'production',
  PAYMENT_DRIVER: 'fake',
  TELEMATICS_DRIVER: 'simulator',
} as const;

/** The generated files, relative to the repository root. */
export const SDK_OPENAPI_FILE = 'sdk/openapi.json';
export const SDK_SCHEMA_FILE = 'sdk/src/schema.ts';

const SCHEMA_HEADER = `/**
 * GENERATED FILE: do not edit. \`npm run sdk:generate\` (scripts/generate-sdk.ts) writes it with
 * openapi-typescript from the API's OpenAPI document (sdk/openapi.json); change the route schemas in src/
 * and regenerate. test/unit/sdk-generated.test.ts fails when it no longer matches the routes.
 */

`;

/** Uploads (format: binary) are Blobs (a File is one), so they can go into FormData. */
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/** The document with its paths in a stable (sorted) order; everything else as the app produced it. */
export function normalizeDocument(document: object): OpenAPI3 {
  const doc = structuredClone(document) as OpenAPI3;
  if (doc.paths) {
    const sorted: NonNullable<OpenAPI3['paths']> = {};
    for (const path of Object.keys(doc.paths).sort()) sorted[path] = doc.paths[path]!;
    doc.paths = sorted;
  }
  return doc;
}

/** Both files' contents, keyed by path. Deterministic: the same document gives the same bytes. */
export async function renderSdkFiles(document: object): Promise<Record<string, string>> {
  const doc = normalizeDocument(document);
  const ast = await openapiTS(structuredClone(doc), {
    silent: true,
    transform(schema) {
      if (schema.format === 'binary') return schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      return undefined;
    },
  });
  return {
    [SDK_OPENAPI_FILE]: `${JSON.stringify(doc, null, 2)}\n`,
    [SDK_SCHEMA_FILE]: SCHEMA_HEADER + astToString(ast),
  };
}
