/** The closed set of error codes the API can answer with. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'BAD_REQUEST'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS'
  | 'SIGNATURE_REQUIRED'
  | 'SIGNATURE_INVALID'
  | 'AGENCY_INACTIVE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_SUSPENDED'
  | 'INVALID_VERIFICATION_CODE'
  | 'PHONE_ALREADY_VERIFIED'
  | 'EMAIL_ALREADY_VERIFIED'
  | 'INVALID_RESET_TOKEN'
  | 'MALFORMED_MULTIPART'
  | 'FILE_LINK_INVALID'
  | 'FILE_NOT_FOUND'
  | 'DOCUMENT_NOT_FOUND'
  | 'DOCUMENT_REQUIRED'
  | 'PAYMENT_METHOD_NOT_FOUND'
  | 'PAYMENT_METHOD_DUPLICATE'
  | 'PAYMENT_METHOD_IS_DEFAULT'
  | 'PAYMENT_METHOD_IN_USE'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  | 'STATION_NOT_FOUND'
  | 'VEHICLE_NOT_FOUND'
  | 'BOOKING_NOT_FOUND'
  | 'VEHICLE_ACCESS_DENIED'
  | 'VEHICLE_DID_NOT_RESPOND'
  | 'VEHICLE_BUSY'
  | 'BOOKING_REQUIREMENTS_NOT_MET'
  | 'VEHICLE_NOT_AVAILABLE'
  | 'PAYMENT_AUTHORIZATION_FAILED'
  | 'BOOKING_CANNOT_BE_CANCELLED'
  | 'EXTENSION_NOT_AVAILABLE'
  | 'BOOKING_CANNOT_BE_EXTENDED'
  | 'BOOKING_CANNOT_BE_ENDED'
  | 'TICKET_NOT_FOUND'
  | 'TICKET_CLOSED'
  | 'MEDIA_NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'SERVER_ERROR';

export interface ErrorSpec {
  status: number;
  message: string;
}

/** One exhaustive mapping: the compiler flags a code without a status and message. */
export function errorSpec(code: ErrorCode): ErrorSpec {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 422, message: 'Validation failed' };
    case 'MALFORMED_JSON':
      return { status: 400, message: 'Malformed JSON in request body' };
    case 'BAD_REQUEST':
      return { status: 400, message: 'Bad request' };
    case 'ROUTE_NOT_FOUND':
      return { status: 404, message: 'Not found' };
    case 'METHOD_NOT_ALLOWED':
      return { status: 405, message: 'Method not allowed' };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, message: 'Payload too large' };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { status: 415, message: 'Unsupported media type' };
    case 'TOO_MANY_REQUESTS':
      return { status: 429, message: 'Too many requests' };
    case 'SIGNATURE_REQUIRED':
      return { status: 401, message: 'Agency signature required' };
    case 'SIGNATURE_INVALID':
      return { status: 401, message: 'Invalid agency signature' };
    case 'AGENCY_INACTIVE':
      return { status: 403, message: 'Agency is not active' };
    case 'UNAUTHENTICATED':
      return { status: 401, message: 'Unauthenticated' };
    case 'INVALID_CREDENTIALS':
      return { status: 401, message: 'Invalid credentials' };
    case 'ACCOUNT_SUSPENDED':
      return { status: 403, message: 'Account suspended' };
    case 'INVALID_VERIFICATION_CODE':
      return { status: 422, message: 'Invalid verification code' };
    case 'PHONE_ALREADY_VERIFIED':
      return { status: 400, message: 'Phone number already verified' };
    case 'EMAIL_ALREADY_VERIFIED':
      return { status: 400, message: 'Email already verified' };
    case 'INVALID_RESET_TOKEN':
      return { status: 400, message: 'Invalid or expired reset token' };
    case 'MALFORMED_MULTIPART':
      return { status: 400, message: 'Malformed multipart/form-data body' };
    case 'FILE_LINK_INVALID':
      return { status: 403, message: 'Invalid or expired file link' };
    case 'FILE_NOT_FOUND':
      return { status: 404, message: 'File not found' };
    case 'DOCUMENT_NOT_FOUND':
      return { status: 404, message: 'Document not found' };
    case 'DOCUMENT_REQUIRED':
      return { status: 400, message: 'Cannot delete required document' };
    case 'PAYMENT_METHOD_NOT_FOUND':
      return { status: 404, message: 'Payment method not found' };
    case 'PAYMENT_METHOD_DUPLICATE':
      return { status: 422, message: 'This payment method has already been added.' };
    case 'PAYMENT_METHOD_IS_DEFAULT':
      return { status: 400, message: 'Cannot remove default payment method' };
    case 'PAYMENT_METHOD_IN_USE':
      return { status: 400, message: 'Cannot remove payment method' };
    case 'PAYMENT_DECLINED':
      return { status: 402, message: 'Payment declined' };
    case 'PAYMENT_PROVIDER_UNAVAILABLE':
      return { status: 503, message: 'Payment provider unavailable' };
    case 'STATION_NOT_FOUND':
      return { status: 404, message: 'Station not found' };
    case 'VEHICLE_NOT_FOUND':
      return { status: 404, message: 'Vehicle not found' };
    case 'BOOKING_NOT_FOUND':
      return { status: 404, message: 'Booking not found' };
    case 'VEHICLE_ACCESS_DENIED':
      return { status: 403, message: 'You do not have an active booking for this vehicle' };
    case 'VEHICLE_DID_NOT_RESPOND':
      return { status: 503, message: 'Vehicle did not respond' };
    case 'VEHICLE_BUSY':
      return { status: 409, message: 'Another command for this vehicle is in progress' };
    case 'BOOKING_REQUIREMENTS_NOT_MET':
      return { status: 403, message: 'Booking requirements not met' };
    case 'VEHICLE_NOT_AVAILABLE':
      return { status: 409, message: 'Vehicle is not available for the selected period' };
    case 'PAYMENT_AUTHORIZATION_FAILED':
      return { status: 402, message: 'Payment authorization failed' };
    case 'BOOKING_CANNOT_BE_CANCELLED':
      return { status: 400, message: 'Booking cannot be cancelled' };
    case 'EXTENSION_NOT_AVAILABLE':
      return { status: 409, message: 'Extension not available' };
    case 'BOOKING_CANNOT_BE_EXTENDED':
      return { status: 400, message: 'Booking cannot be extended' };
    case 'BOOKING_CANNOT_BE_ENDED':
      return { status: 400, message: 'Booking cannot be ended' };
    case 'TICKET_NOT_FOUND':
      return { status: 404, message: 'Ticket not found' };
    case 'TICKET_CLOSED':
      return { status: 400, message: 'Cannot add message to closed ticket' };
    case 'MEDIA_NOT_FOUND':
      return { status: 404, message: 'Media not found' };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, message: 'Service unavailable' };
    case 'SERVER_ERROR':
      return { status: 500, message: 'Server error' };
  }
}

export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  /** Laravel-style field messages (422 and the login 401). */
  errors?: FieldErrors;
  /** Extra machine-readable detail, sent as `data` (e.g. `{reason}`, `{retry_after}`). */
  data?: Record<string, unknown>;
  /** Response headers to add (e.g. Retry-After). */
  headers?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  readonly errors?: FieldErrors;
  readonly data?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    const spec = errorSpec(code);
    super(spec.message, { cause: options.cause });
    this.name = 'AppError';
    this.status = spec.status;
    this.errors = options.errors;
    this.data = options.data;
    this.headers = options.headers;
  }

  static validation(errors: FieldErrors): AppError {
    return new AppError('VALIDATION_FAILED', { errors });
  }

  static tooManyRequests(retryAfterSeconds: number): AppError {
    const retry = Math.max(1, Math.ceil(retryAfterSeconds));
    return new AppError('TOO_MANY_REQUESTS', {
      data: { retry_after: retry },
      headers: { 'retry-after': String(retry) },
    });
  }
}
