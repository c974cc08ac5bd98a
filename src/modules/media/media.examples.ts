import { okExample } from '../../http/openapi.js';

/**
 * A signed link to one of the example client's uploads, as the API builds them (GET /files/...; valid
 * FILE_URL_TTL_SECONDS). The tickets examples attach the same file.
 */
export const mediaLink = (name: string) =>
  `https://api.daakey.com/files/media/123/1/${name}?expires=1705313700&signature=` +
  '4e8a1c6f2b9d3e7a5c0f8b2d6e4a1c9f7b3d5e8a2c6f0b4d9e7a3c1f5b8d2e6a';

/** The photo the example client sends in their ticket (no documentation page: values of the tickets pages). */
const photo = {
  id: 12,
  url: mediaLink('x8c2v5b9n1m4q7w3e6r0t2y5.jpg'),
  content_type: 'image/jpeg' as const,
  size: 184_320,
  created_at: '2024-01-15T10:18:00Z',
};

/** OpenAPI examples of the media endpoints. */
export const mediaExamples = {
  photo,
  uploadForm: { file: '(the image or PDF)' },
  uploaded: okExample('Media uploaded successfully', photo),
  shown: okExample('Media retrieved', photo),
};
