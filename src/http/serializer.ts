import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/**
 * Response serializer compiled from each route's zod response schema: zod → JSON Schema →
 * fast-json-stringify. Only declared properties are written (an internal field added to a row by
 * mistake never leaks), and it costs a fraction of validating every response with zod.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
