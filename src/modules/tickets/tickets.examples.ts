import { EXAMPLE_META, okExample } from '../../http/openapi.js';
import { mediaExamples } from '../media/media.examples.js';

/**
 * OpenAPI examples of the ticket endpoints: the values of the documentation pages, completed where the
 * pages are cut: the conversation goes on to the list's last message, "Our technician is on the way..."
 * at 11:00 (two support replies unread until it is opened), and the message added next is number 5.
 */

const booking = {
  id: 5,
  reference: 'BK-2024-00005',
  vehicle: { id: 1, plate_number: 'ABC-123', brand: 'Toyota', model: 'Corolla' },
  start_date: '2024-01-15T10:00:00Z',
  end_date: '2024-01-15T18:00:00Z',
};

const first = {
  id: 1,
  message: 'I am unable to start the vehicle. The dashboard shows an error message.',
  sender: 'client' as const,
  sender_name: 'John Doe',
  attachments: [],
  created_at: '2024-01-15T10:00:00Z',
};

const ticket = {
  id: 1,
  reference: 'TK-2024-00001',
  subject: 'Vehicle not starting',
  status: 'open' as const,
  priority: 'high' as const,
  category: 'vehicle_issue',
  booking,
  messages: [first],
  created_at: '2024-01-15T10:00:00Z',
  updated_at: '2024-01-15T10:00:00Z',
};

export const ticketsExamples = {
  list: okExample(
    'Tickets retrieved',
    [
      {
        id: 1,
        reference: 'TK-2024-00001',
        subject: 'Vehicle not starting',
        status: 'in_progress' as const,
        priority: 'high' as const,
        category: 'vehicle_issue',
        booking_id: 5,
        last_message: 'Our technician is on the way...',
        last_message_at: '2024-01-15T11:00:00Z',
        unread_count: 2,
        created_at: '2024-01-15T10:00:00Z',
      },
      {
        id: 2,
        reference: 'TK-2024-00002',
        subject: 'Billing question',
        status: 'resolved' as const,
        priority: 'low' as const,
        category: 'billing',
        booking_id: null,
        last_message: 'Thank you for your patience...',
        last_message_at: '2024-01-14T15:00:00Z',
        unread_count: 0,
        created_at: '2024-01-14T10:00:00Z',
      },
    ],
    { ...EXAMPLE_META, current_page: 1, last_page: 1, per_page: 15, total: 2 },
  ),
  show: okExample('Ticket retrieved', {
    ...ticket,
    status: 'in_progress' as const,
    messages: [
      first,
      {
        id: 2,
        message: 'Thank you for contacting us. Could you please share a photo of the error message?',
        sender: 'support' as const,
        sender_name: 'Support Team',
        attachments: [],
        created_at: '2024-01-15T10:15:00Z',
      },
      {
        id: 3,
        message: 'Here is the photo.',
        sender: 'client' as const,
        sender_name: 'John Doe',
        attachments: [mediaExamples.photo.url],
        created_at: '2024-01-15T10:20:00Z',
      },
      {
        id: 4,
        message: 'Our technician is on the way...',
        sender: 'support' as const,
        sender_name: 'Support Team',
        attachments: [],
        created_at: '2024-01-15T11:00:00Z',
      },
    ],
    updated_at: '2024-01-15T11:00:00Z',
  }),
  createBody: {
    subject: 'Vehicle not starting',
    message: 'I am unable to start the vehicle. The dashboard shows an error message.',
    category: 'vehicle_issue',
    priority: 'high' as const,
    booking_id: 5,
  },
  created: okExample('Ticket created successfully', ticket),
  messageBody: { message: 'The technician arrived and fixed the issue. Thank you!', attachments: [] },
  messageAdded: okExample('Message added', {
    id: 5,
    message: 'The technician arrived and fixed the issue. Thank you!',
    sender: 'client' as const,
    sender_name: 'John Doe',
    attachments: [],
    created_at: '2024-01-15T12:00:00Z',
  }),
};
