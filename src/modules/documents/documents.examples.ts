import { okExample, EXAMPLE_META } from '../../http/openapi.js';

/** A signed file link as the API builds them (GET /files/...; valid FILE_URL_TTL_SECONDS). */
const link = (key: string) =>
  `https://api.daakey.com/files/documents/123/1/${key}?expires=1705313700&signature=` +
  '9c1b6f0e3d2a4b5c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';

const front = {
  id: 1,
  type: 'driver_license_front',
  url: link('k3v9x2m7q1w8e5r4t6y0u2i8.jpg'),
  status: 'verified' as const,
  verified_at: '2024-01-10T00:00:00Z',
  expires_at: '2025-12-31',
  uploaded_at: '2024-01-05T00:00:00Z',
  rejection_reason: null,
};

/** OpenAPI examples of the documents endpoints (values of the documentation pages). */
export const documentsExamples = {
  list: okExample(
    'Documents retrieved',
    [
      front,
      { ...front, id: 2, type: 'driver_license_back', url: link('p4l8n1b6v3c9x5z2a7s0d4f1.jpg') },
      {
        ...front,
        id: 3,
        type: 'id_card',
        url: link('h2j6k9l3m8n1b5v7c0x4z6a2.jpg'),
        status: 'pending' as const,
        verified_at: null,
        expires_at: null,
        uploaded_at: '2024-01-15T00:00:00Z',
      },
    ],
    {
      ...EXAMPLE_META,
      required_types: ['driver_license_front', 'driver_license_back'],
      optional_types: ['id_card', 'passport'],
      missing_required: [],
    },
  ),
  uploadForm: { type: 'driver_license_front', file: '(the image or PDF)', expires_at: '2025-12-31' },
  uploaded: okExample('Document uploaded successfully', {
    ...front,
    id: 4,
    url: link('q7w1e4r8t2y5u9i3o6p0a1s5.jpg'),
    status: 'pending' as const,
    verified_at: null,
    uploaded_at: '2024-01-15T00:00:00Z',
  }),
  deleted: okExample('Document deleted successfully', null),
};
