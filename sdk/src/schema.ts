/**
 * GENERATED FILE: do not edit. `npm run sdk:generate` (scripts/generate-sdk.ts) writes it with
 * openapi-typescript from the API's OpenAPI document (sdk/openapi.json); change the route schemas in src/
 * and regenerate. test/unit/sdk-generated.test.ts fails when it no longer matches the routes.
 */

export interface paths {
    "/api/v1/client/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset email (same answer whether or not the email is registered)
         * @description Always 200 for a well-formed email, registered or not, and in the same time: whether an account exists is decided later by a background job, which emails a reset token (valid 60 minutes, usable once; a newer request voids older tokens) and, when the agency configured its app's reset link, that link with `token` and `email` in its query.
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature"
         *     - 403: "Agency is not active"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Registered email address */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Password reset link sent to your email" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Issues a new bearer token (`data.token`) for a client of the agency of the signature; it stays valid until logout. A client of another agency is unknown here. A wrong email or password is 401 "Invalid credentials" with `errors.email` ["These credentials do not match our records."], the same for both, and takes as long. After LOGIN_MAX_ATTEMPTS (default 5) failures for one email from one IP within a minute: 429 with `data.retry_after`. A suspended client gets 403 "Account suspended".
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Invalid credentials", "Agency signature required", "Invalid agency signature"
         *     - 403: "Account suspended", "Agency is not active"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client email address */
                        email: string;
                        /** @description Client password */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Login successful" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user: {
                                    id: number;
                                    name: string;
                                    email: string;
                                    phone: string;
                                    /** @description ISO-8601 UTC, no milliseconds */
                                    phone_verified_at: string | null;
                                    /** @description ISO-8601 UTC, no milliseconds */
                                    email_verified_at: string | null;
                                };
                                /** @description Bearer token "<id>|<secret>" */
                                token: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Invalid credentials" or "Agency signature required" or "Invalid agency signature" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Account suspended" or "Agency is not active" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the current token
         * @description Deletes the bearer token of this request at once (the client's other sessions stay). The app should forget the token and any cached user data.
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Logged out successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current client
         * @description The client the bearer token belongs to, with the verification dates. Answered from the session cache: a cheap way to check at app start that a stored token still works (401 "Unauthenticated" when it does not).
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "User retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                name: string;
                                email: string;
                                phone: string;
                                /** @description ISO-8601 UTC, no milliseconds */
                                phone_verified_at: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                email_verified_at: string | null;
                                avatar_url: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new client of the signing agency
         * @description Creates the client in the agency of the signature and signs them in: `data.token` is their bearer token. An SMS code goes to the phone and a code to the email address at once (see Verification); until verified, `phone_verified_at` and `email_verified_at` are null. The email is kept in lower case, the phone in E.164 after removing spaces, dashes, dots and brackets. Email and phone are unique within the agency: 422 with "The email has already been taken." or "The phone has already been taken.".
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature"
         *     - 403: "Agency is not active"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Full name (min: 2 chars) */
                        name: string;
                        /** @description Valid email address; unique within the agency */
                        email: string;
                        /** @description Phone number with country code; spaces, dashes and brackets are ignored */
                        phone: string;
                        /** @description Password (min: 8 chars) */
                        password: string;
                        /** @description Must equal password */
                        password_confirmation?: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Registration successful" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user: {
                                    id: number;
                                    name: string;
                                    email: string;
                                    phone: string;
                                    /** @description ISO-8601 UTC, no milliseconds */
                                    phone_verified_at: string | null;
                                    /** @description ISO-8601 UTC, no milliseconds */
                                    email_verified_at: string | null;
                                };
                                /** @description Bearer token "<id>|<secret>" */
                                token: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the emailed token; ends every session
         * @description Sets the new password when `token` is the live token emailed to `email` (60 minutes, once). Every bearer token of the client is revoked: the app must log in again. An unknown email, a wrong, used or expired token: 400 "Invalid or expired reset token".
         *
         *     **Errors**
         *
         *     - 400: "Invalid or expired reset token", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature"
         *     - 403: "Agency is not active"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Registered email address */
                        email: string;
                        /** @description Reset token from email */
                        token: string;
                        /** @description New password (min: 8 chars) */
                        password: string;
                        /** @description Password confirmation */
                        password_confirmation?: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Password reset successful" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Invalid or expired reset token" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's bookings, newest start first
         * @description Paged (`page`, `per_page` up to 50, default 15; `meta` has current_page, last_page, per_page and total), filtered by `status`. A booking is upcoming until the first unlock inside its pickup window (or its start), active until it is ended, then completed; or cancelled. `is_overdue`: active and past its end date (a late fee accrues after the grace period).
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only bookings in this status (default all) */
                    status?: "all" | "upcoming" | "active" | "completed" | "cancelled";
                    /** @description Page number (default 1) */
                    page?: string;
                    /** @description Items per page (default 15, max 50) */
                    per_page?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Bookings retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description BK-YYYY-NNNNN */
                                reference: string;
                                /** @enum {string} */
                                status: "upcoming" | "active" | "completed" | "cancelled";
                                /** @description ISO-8601 UTC */
                                start_date: string;
                                /** @description ISO-8601 UTC */
                                end_date: string;
                                vehicle: {
                                    id: number;
                                    plate_number: string;
                                    brand: string;
                                    model: string;
                                    image: string | null;
                                };
                                pickup_location: {
                                    name: string;
                                    address: string;
                                };
                                pricing: {
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    subtotal: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    tax: number;
                                    /** @description subtotal + tax (+ late fee); the deposit is held on top, never part of it */
                                    total: number;
                                    currency: string;
                                };
                                /** @description Active and past its end date */
                                is_overdue: boolean;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                                current_page: number;
                                last_page: number;
                                per_page: number;
                                total: number;
                            };
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Book a vehicle: the price plus deposit is held on the card (authorized, not captured)
         * @description Price: billed hours are the duration rounded up to the hour; each full 24 hours costs at most the daily rate; tax is the agency's `tax_rate` percent. The card named by `payment_method_id` gets a hold of the total plus the agency's deposit; nothing is captured before the return. Checks in this order: validation (422, every field at once: the start no earlier than 5 minutes ago and at most `advance_days` ahead, at least `min_hours` and at most `max_days` long; a vehicle of the agency, not in maintenance, at an active station and with a telematics unit; active stations; one of the client's usable cards), booking requirements (403 "Booking requirements not met" with `data.missing`, e.g. phone_verified, email_verified, a document type, payment_method, unpaid_balance; "bookings_enabled" first when the agency took bookings off), the slot (409; the vehicle stays blocked for the turnaround time after each booking), the card (402 "Payment authorization failed" with `data.reason`; 503 when Stripe does not answer). A retry while the first attempt still holds the slot as pending gets 503 with `data.retry_after` and a Retry-After header, not 409.
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 402: "Payment authorization failed"
         *     - 403: "Booking requirements not met", "Agency is not active", "Account suspended"
         *     - 409: "Vehicle is not available for the selected period"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Payment provider unavailable"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ID of the vehicle to book */
                        vehicle_id: number;
                        /**
                         * Format: date-time
                         * @description Start, ISO 8601 with offset (e.g. 2024-01-20T10:00:00Z)
                         */
                        start_date: string;
                        /**
                         * Format: date-time
                         * @description End, ISO 8601 with offset
                         */
                        end_date: string;
                        /** @description One of the client's saved cards (GET /payment-methods) */
                        payment_method_id: number;
                        /** @description Pick-up station (default: the vehicle's station) */
                        pickup_location_id?: number | null;
                        /** @description Drop-off station (default: the vehicle's station) */
                        dropoff_location_id?: number | null;
                    };
                };
            };
            responses: {
                /** @description Success: "Booking created successfully" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description BK-YYYY-NNNNN */
                                reference: string;
                                /** @enum {string} */
                                status: "upcoming" | "active" | "completed" | "cancelled";
                                /** @description ISO-8601 UTC */
                                start_date: string;
                                /** @description ISO-8601 UTC */
                                end_date: string;
                                /** @description ISO-8601 UTC */
                                actual_start: string | null;
                                /** @description ISO-8601 UTC */
                                actual_end: string | null;
                                vehicle: {
                                    id: number;
                                    plate_number: string;
                                    brand: string;
                                    model: string;
                                    year: number;
                                    color: string;
                                    category: string;
                                    image: string | null;
                                    features: string[];
                                };
                                pickup_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                dropoff_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                pricing: {
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    hourly_rate: number;
                                    /** @description Billed hours (started hours), extensions included */
                                    hours: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    subtotal: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    tax: number;
                                    /** @description Held with the price and released at the return */
                                    deposit: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    late_fee: number;
                                    /** @description subtotal + tax + late_fee */
                                    total: number;
                                    currency: string;
                                };
                                payment: {
                                    /** @enum {string} */
                                    status: "pending" | "authorized" | "paid" | "partially_refunded" | "refunded" | "released" | "unpaid";
                                    /** @description e.g. "Visa •••• 4242"; null once the card was removed */
                                    method: string | null;
                                    transactions: {
                                        /** @enum {string} */
                                        type: "authorization" | "capture" | "release" | "refund";
                                        /** @description In the agency's currency (2 decimals for USD) */
                                        amount: number;
                                        /** @enum {string} */
                                        status: "pending" | "succeeded" | "failed";
                                    }[];
                                };
                                can_cancel: boolean;
                                can_extend: boolean;
                                is_overdue: boolean;
                                cancellation: {
                                    /** @description ISO-8601 UTC */
                                    cancelled_at: string;
                                    reason: string | null;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    fee: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    refund: number;
                                } | null;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment authorization failed" */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking requirements not met" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle is not available for the selected period" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment provider unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One booking: vehicle, stations, price, payment, what the client may do with it
         * @description The booking with its vehicle, pick-up and drop-off stations, price breakdown (billed hours, subtotal, tax, deposit, late fee), payment state with its card movements, and `can_cancel` / `can_extend` as the API would answer now. Another client's booking or an unknown id: 404.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Booking not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Booking ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Booking retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description BK-YYYY-NNNNN */
                                reference: string;
                                /** @enum {string} */
                                status: "upcoming" | "active" | "completed" | "cancelled";
                                /** @description ISO-8601 UTC */
                                start_date: string;
                                /** @description ISO-8601 UTC */
                                end_date: string;
                                /** @description ISO-8601 UTC */
                                actual_start: string | null;
                                /** @description ISO-8601 UTC */
                                actual_end: string | null;
                                vehicle: {
                                    id: number;
                                    plate_number: string;
                                    brand: string;
                                    model: string;
                                    year: number;
                                    color: string;
                                    category: string;
                                    image: string | null;
                                    features: string[];
                                };
                                pickup_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                dropoff_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                pricing: {
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    hourly_rate: number;
                                    /** @description Billed hours (started hours), extensions included */
                                    hours: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    subtotal: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    tax: number;
                                    /** @description Held with the price and released at the return */
                                    deposit: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    late_fee: number;
                                    /** @description subtotal + tax + late_fee */
                                    total: number;
                                    currency: string;
                                };
                                payment: {
                                    /** @enum {string} */
                                    status: "pending" | "authorized" | "paid" | "partially_refunded" | "refunded" | "released" | "unpaid";
                                    /** @description e.g. "Visa •••• 4242"; null once the card was removed */
                                    method: string | null;
                                    transactions: {
                                        /** @enum {string} */
                                        type: "authorization" | "capture" | "release" | "refund";
                                        /** @description In the agency's currency (2 decimals for USD) */
                                        amount: number;
                                        /** @enum {string} */
                                        status: "pending" | "succeeded" | "failed";
                                    }[];
                                };
                                can_cancel: boolean;
                                can_extend: boolean;
                                is_overdue: boolean;
                                cancellation: {
                                    /** @description ISO-8601 UTC */
                                    cancelled_at: string;
                                    reason: string | null;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    fee: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    refund: number;
                                } | null;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an upcoming booking; a late cancellation keeps a fee (agency policy)
         * @description Only an upcoming booking whose start has not come. Up to `cancellation_hours` (GET /config) before the start the whole hold is released; later, the agency's late cancellation fee (a percentage of the price) is captured and the rest released: `refund.amount` is what the client gets back. The client is emailed. 400 "Booking cannot be cancelled" with `data.reason` once the start has come ("Booking has already started", even before the booking is activated), or when it is cancelled ("Booking is already cancelled") or completed ("Booking has already ended").
         *
         *     **Errors**
         *
         *     - 400: "Booking cannot be cancelled", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Booking not found"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Booking ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Cancellation reason */
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success: "Booking cancelled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @enum {string} */
                                status: "cancelled";
                                /** @description ISO-8601 UTC */
                                cancelled_at: string;
                                cancellation_reason: string | null;
                                refund: {
                                    /** @description What is given back: the total, less the late cancellation fee */
                                    amount: number;
                                    /** @enum {string} */
                                    status: "processing";
                                    /** @enum {string} */
                                    method: "Original payment method";
                                };
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking cannot be cancelled" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/bookings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the car: it is locked and immobilised, the booking completed and charged
         * @description Only an active booking (400 "Booking cannot be ended" with `data.reason`, e.g. "Booking has not started yet"). The vehicle is locked and immobilised first and must answer (else 503 "Vehicle did not respond" with `data.reason` and `retry_after`; the booking stays active; 409 when another command to the car does not finish in time). Then the booking is completed with the final mileage and fuel level; the price, and a late fee when returned after the end plus the grace period, is captured from the hold and the rest (deposit included) released. The client is emailed a receipt.
         *
         *     **Errors**
         *
         *     - 400: "Booking cannot be ended", "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Booking not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Booking ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Booking completed" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description BK-YYYY-NNNNN */
                                reference: string;
                                /** @enum {string} */
                                status: "upcoming" | "active" | "completed" | "cancelled";
                                /** @description ISO-8601 UTC */
                                start_date: string;
                                /** @description ISO-8601 UTC */
                                end_date: string;
                                /** @description ISO-8601 UTC */
                                actual_start: string | null;
                                /** @description ISO-8601 UTC */
                                actual_end: string | null;
                                vehicle: {
                                    id: number;
                                    plate_number: string;
                                    brand: string;
                                    model: string;
                                    year: number;
                                    color: string;
                                    category: string;
                                    image: string | null;
                                    features: string[];
                                };
                                pickup_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                dropoff_station: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    latitude: number;
                                    longitude: number;
                                };
                                pricing: {
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    hourly_rate: number;
                                    /** @description Billed hours (started hours), extensions included */
                                    hours: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    subtotal: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    tax: number;
                                    /** @description Held with the price and released at the return */
                                    deposit: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    late_fee: number;
                                    /** @description subtotal + tax + late_fee */
                                    total: number;
                                    currency: string;
                                };
                                payment: {
                                    /** @enum {string} */
                                    status: "pending" | "authorized" | "paid" | "partially_refunded" | "refunded" | "released" | "unpaid";
                                    /** @description e.g. "Visa •••• 4242"; null once the card was removed */
                                    method: string | null;
                                    transactions: {
                                        /** @enum {string} */
                                        type: "authorization" | "capture" | "release" | "refund";
                                        /** @description In the agency's currency (2 decimals for USD) */
                                        amount: number;
                                        /** @enum {string} */
                                        status: "pending" | "succeeded" | "failed";
                                    }[];
                                };
                                can_cancel: boolean;
                                can_extend: boolean;
                                is_overdue: boolean;
                                cancellation: {
                                    /** @description ISO-8601 UTC */
                                    cancelled_at: string;
                                    reason: string | null;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    fee: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    refund: number;
                                } | null;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking cannot be ended" or "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/bookings/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an upcoming or active booking; the extra hours are charged at once at the hourly rate
         * @description Moves the end of an upcoming or active booking later (422 unless after the current end and after now, and at most `max_days` from the start). The extra started hours are charged at the hourly rate plus tax, at once, on the booking's card. If another booking blocks the new end: 409 "Extension not available" with `data.max_end_date` and `data.max_extension_hours` (the latest end that fits, in whole hours). 400 "Booking cannot be extended" with `data.reason`: "Booking is overdue" past the end plus the grace period, or the status ("Booking is already cancelled", "Booking has already ended"). 200 only once the charge is authorized; 402 when it is declined (the extension is undone); 503 when Stripe does not answer (the extension stays held until the charge settles, and is undone if it is declined).
         *
         *     **Errors**
         *
         *     - 400: "Booking cannot be extended", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 402: "Payment authorization failed"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Booking not found"
         *     - 409: "Extension not available"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Payment provider unavailable"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Booking ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description New end, ISO 8601 with offset, after the current end
                         */
                        new_end_date: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Extension approved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description The booking id */
                                id: number;
                                /** @description ISO-8601 UTC */
                                original_end_date: string;
                                /** @description ISO-8601 UTC */
                                new_end_date: string;
                                extension_hours: number;
                                additional_cost: {
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    subtotal: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    tax: number;
                                    /** @description In the agency's currency (2 decimals for USD) */
                                    total: number;
                                    currency: string;
                                };
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking cannot be extended" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment authorization failed" */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Booking not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Extension not available" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment provider unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signing agency's branding, features, document and booking rules (no login needed)
         * @description Usually the first call when the app starts, before anyone logs in (only the signature is needed): branding (name, logo, colours), feature flags, the document types bookings require, the booking rules (shortest booking in hours, longest in days, how far ahead, free cancellation up to `cancellation_hours` before the start), payment settings (currency, deposit held with each booking) and support contacts.
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature"
         *     - 403: "Agency is not active"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Configuration retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                agency: {
                                    id: number;
                                    name: string;
                                    code: string;
                                    logo_url: string | null;
                                    primary_color: string | null;
                                    secondary_color: string | null;
                                };
                                features: {
                                    bookings_enabled: boolean;
                                    payments_enabled: boolean;
                                    documents_required: boolean;
                                    phone_verification_required: boolean;
                                    email_verification_required: boolean;
                                };
                                documents: {
                                    required: string[];
                                    optional: string[];
                                };
                                booking: {
                                    min_hours: number;
                                    max_days: number;
                                    advance_days: number;
                                    cancellation_hours: number;
                                };
                                payment: {
                                    currency: string;
                                    deposit_required: boolean;
                                    deposit_amount: number;
                                    accepted_methods: string[];
                                };
                                support: {
                                    email: string | null;
                                    phone: string | null;
                                    hours: string | null;
                                    /** @description What POST /tickets accepts as `category` */
                                    ticket_categories: string[];
                                };
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's documents, with what the agency requires
         * @description One document per type at most (an upload replaces the one of its type). `status` is pending until agency staff review it, then verified or rejected (with `rejection_reason`; the client is emailed either way). `meta.missing_required` lists the required types not yet verified and valid: bookings need it empty. `url` is a signed link that expires (FILE_URL_TTL_SECONDS, default 15 minutes): list again for fresh links.
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Documents retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description driver_license_front, driver_license_back, id_card, passport, or an agency type */
                                type: string;
                                /** @description Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                url: string;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                verified_at: string | null;
                                /** @description YYYY-MM-DD; the document is valid through that day */
                                expires_at: string | null;
                                uploaded_at: string;
                                /** @description Set when staff rejected the document */
                                rejection_reason: string | null;
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                                /** @description Types that must be verified before booking */
                                required_types: string[];
                                optional_types: string[];
                                /** @description Required types not yet verified and valid */
                                missing_required: string[];
                            };
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (replaces the one of the same type); status starts pending
         * @description A multipart/form-data form with `type`, `file` and, optionally, `expires_at`. The file must be a JPEG, PNG or PDF, recognised by its content (not its name), at most DOCUMENT_MAX_BYTES (10 MiB); images are re-encoded without their metadata (location, camera), PDFs must open without a password. Every field's problem comes in one 422 (e.g. "The selected type is invalid.", "The file must be a file of type: jpg, png, pdf.", "The expires at must be a date after today."). A new upload of a type replaces the previous document of that type and goes back to pending. A broken form is 400, too many parts 413; 503 with Retry-After when the server is busy checking other uploads.
         *
         *     **Errors**
         *
         *     - 400: "Malformed multipart/form-data body", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Service unavailable"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description One of required_types or optional_types */
                        type: string;
                        /**
                         * Format: binary
                         * @description JPEG, PNG or PDF (recognised by content), at most DOCUMENT_MAX_BYTES (10 MiB)
                         */
                        file: Blob;
                        /** @description Expiry date (YYYY-MM-DD), after today */
                        expires_at?: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Document uploaded successfully" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description driver_license_front, driver_license_back, id_card, passport, or an agency type */
                                type: string;
                                /** @description Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                url: string;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                verified_at: string | null;
                                /** @description YYYY-MM-DD; the document is valid through that day */
                                expires_at: string | null;
                                uploaded_at: string;
                                /** @description Set when staff rejected the document */
                                rejection_reason: string | null;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed multipart/form-data body" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Service unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/documents/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete the document of a type
         * @description Deletes the document of that type and its file. A type the agency requires cannot go while the client has a pending, upcoming or active booking: 400 "Cannot delete required document" with `data.reason` (e.g. "Driver license is required for active bookings"). No document of that type: 404.
         *
         *     **Errors**
         *
         *     - 400: "Cannot delete required document", "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Document not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Document type, e.g. id_card */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Document deleted successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Cannot delete required document" or "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Document not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's home screen in one call
         * @description Everything the app's first screen needs, in one call. `user`: `has_active_booking` (a rental is under way) and `verification_complete` (phone verified, email too when the agency requires it, and every required document verified and unexpired). `active_booking`: the rental under way, or null. `nearby_stations`: up to 5 active stations with their available vehicles; with `latitude` and `longitude` (both or neither, else 422) the nearest first, whatever the distance, with `distance_km` to one decimal; without them by name, with `distance_km` null. `featured_vehicles`: up to 10 of the agency's featured vehicles that are available right now. `announcements`: the agency's current news and promotions, newest first, at most 10.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description The user's latitude (with longitude) */
                    latitude?: number;
                    /** @description The user's longitude (with latitude) */
                    longitude?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Home feed retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user: {
                                    id: number;
                                    name: string;
                                    /** @description A booking of this client is active (the car is out) */
                                    has_active_booking: boolean;
                                    /** @description Phone verified (and email, when the agency requires it) and every required document verified and unexpired: the verification part of what booking requires (a card is not part of it) */
                                    verification_complete: boolean;
                                };
                                /** @description The client's ongoing rental (the one due back first); null when none */
                                active_booking: {
                                    id: number;
                                    /** @description BK-YYYY-NNNNN */
                                    reference: string;
                                    /** @enum {string} */
                                    status: "active";
                                    vehicle: {
                                        id: number;
                                        plate_number: string;
                                        brand: string;
                                        model: string;
                                        image: string | null;
                                    };
                                    /** @description ISO-8601 UTC */
                                    start_date: string;
                                    /** @description ISO-8601 UTC */
                                    end_date: string;
                                    /** @description Past its end date */
                                    is_overdue: boolean;
                                } | null;
                                /** @description Up to 5 active stations: nearest first with coordinates (no radius limit), else by name */
                                nearby_stations: {
                                    id: number;
                                    name: string;
                                    address: string;
                                    /** @description From the given point, one decimal; null without coordinates */
                                    distance_km: number | null;
                                    available_vehicles: number;
                                    latitude: number;
                                    longitude: number;
                                    image: string | null;
                                }[];
                                /** @description Up to 10 featured vehicles available now (at an active station), in a stable order */
                                featured_vehicles: {
                                    id: number;
                                    brand: string;
                                    model: string;
                                    /** @enum {string} */
                                    category: "sedan" | "suv" | "van" | "compact" | "luxury";
                                    image: string | null;
                                    pricing: {
                                        /** @description In the agency's currency */
                                        hourly_rate: number;
                                        /** @description The most a full 24 hours costs */
                                        daily_rate: number;
                                        /** @description ISO 4217 */
                                        currency: string;
                                    };
                                    station: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                /** @description The agency's current news and promotions, newest first, at most 10 */
                                announcements: {
                                    id: number;
                                    title: string;
                                    body: string;
                                    image_url: string | null;
                                    /** @description ISO-8601 UTC */
                                    starts_at: string;
                                    /** @description null: until withdrawn */
                                    ends_at: string | null;
                                }[];
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to attach to support messages
         * @description A multipart/form-data form with one `file`, checked as document uploads are: a JPEG, PNG or PDF recognised by its content (not its name), at most DOCUMENT_MAX_BYTES (10 MiB); images are re-encoded without their metadata (EXIF, GPS), PDFs must open without a password. A missing, empty, oversized, unknown or unreadable file is 422 with `errors.file` (e.g. "The file field is required.", "The file must not be greater than 10240 kilobytes.", "The file must be a file of type: jpg, png, pdf.", "The file must not be password-protected.", "The file must not have more than 20 pages.", "The file failed to upload."); a JSON body counts as a form without a file, a body of any other type is 415. A broken form is 400, more than one file or too many parts 413; 503 with Retry-After when the server is busy checking other uploads. Pass the returned `id` or `url` in `attachments` of POST /tickets or POST /tickets/{id}/messages.
         *
         *     **Errors**
         *
         *     - 400: "Malformed multipart/form-data body", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Service unavailable"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description JPEG, PNG or PDF (recognised by content), at most DOCUMENT_MAX_BYTES (10 MiB)
                         */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Success: "Media uploaded successfully" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description Give it (or the url) in a ticket message's `attachments` */
                                id: number;
                                /** @description Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                url: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "application/pdf";
                                /** @description Bytes stored (images re-encoded without metadata) */
                                size: number;
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed multipart/form-data body" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Service unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the client's uploaded files, with a fresh signed link
         * @description The client's own upload with a new signed `url` (valid FILE_URL_TTL_SECONDS, default 15 minutes): ask again when a link has expired. Another client's or another agency's upload, or an unknown id: 404 "Media not found".
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Media not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Media ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Media retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description Give it (or the url) in a ticket message's `attachments` */
                                id: number;
                                /** @description Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                url: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "application/pdf";
                                /** @description Bytes stored (images re-encoded without metadata) */
                                size: number;
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Media not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Saved cards (only brand, last four and expiry: card numbers never reach Daakey)
         * @description The client's cards, in the order they were added (`is_default` marks the default). Stripe holds the cards under the agency's account; Daakey keeps only the brand, the last four digits and the expiry. A booking is paid with the card it names (`payment_method_id`).
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Payment methods retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @enum {string} */
                                type: "card";
                                /** @description visa, mastercard, amex, discover, diners, jcb, unionpay ... */
                                brand: string;
                                last_four: string;
                                exp_month: number;
                                exp_year: number;
                                is_default: boolean;
                                created_at: string;
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a card by its Stripe PaymentMethod id; the first card becomes the default
         * @description The app collects the card with Stripe.js or a Stripe mobile SDK (publishable key of the agency) and sends the resulting PaymentMethod id; it is attached to the client's Stripe customer. The first card becomes the default; `set_default: true` moves the default to the new one. An id Stripe does not know, or a card that cannot be used, is 422 ["The payment method ID is invalid."]; the same card twice is 422 "This payment method has already been added.". 503 when Stripe does not answer.
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed", "This payment method has already been added."
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Payment provider unavailable"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description PaymentMethod id from Stripe.js or a Stripe mobile SDK (pm_...) */
                        payment_method_id: string;
                        /** @description Make it the default card (the first card always is) */
                        set_default?: boolean;
                    };
                };
            };
            responses: {
                /** @description Success: "Payment method added" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @enum {string} */
                                type: "card";
                                /** @description visa, mastercard, amex, discover, diners, jcb, unionpay ... */
                                brand: string;
                                last_four: string;
                                exp_month: number;
                                exp_year: number;
                                is_default: boolean;
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" or "This payment method has already been added." */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment provider unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/payment-methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a card (not the default while others exist)
         * @description Deletes the card and detaches it at Stripe. The default card cannot go while the client has other cards: 400 "Cannot remove default payment method" (`data.reason` "Set another payment method as default first"); the only card can. A card paying for a pending, upcoming or active booking cannot go: 400 "Cannot remove payment method" (`data.reason` "Payment method is associated with active bookings").
         *
         *     **Errors**
         *
         *     - 400: "Cannot remove default payment method", "Cannot remove payment method", "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Payment method not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Payment method ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Payment method removed" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Cannot remove default payment method" or "Cannot remove payment method" or "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment method not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/payment-methods/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a card the default (the previous default is unset)
         * @description Only one card is the default at a time; the previous one is unset in the same step. A card of another client (or none with that id): 404.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Payment method not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Payment method ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Default payment method updated" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @enum {string} */
                                type: "card";
                                /** @description visa, mastercard, amex, discover, diners, jcb, unionpay ... */
                                brand: string;
                                last_four: string;
                                exp_month: number;
                                exp_year: number;
                                is_default: boolean;
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payment method not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full profile, with driving licence status
         * @description The client with verification dates and `driver_license`: the number staff entered when approving the licence, its expiry date, and `verified`: the front (and the back, when the agency requires it) approved and not expired. Use it to show what is still needed before booking.
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Profile retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                name: string;
                                email: string;
                                phone: string;
                                /** @description ISO-8601 UTC, no milliseconds */
                                phone_verified_at: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                email_verified_at: string | null;
                                avatar_url: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                created_at: string;
                                driver_license: {
                                    number: string | null;
                                    /** @description YYYY-MM-DD */
                                    expiry_date: string | null;
                                    verified: boolean;
                                };
                                /** @description ISO-8601 UTC, no milliseconds */
                                updated_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        /**
         * Update name, email or phone (partial)
         * @description Only the fields sent change. A new email clears `email_verified_at` and emails a code; a new phone clears `phone_verified_at` and sends an SMS code (see Verification), which may block bookings until verified. Email and phone stay unique within the agency (422 "The email has already been taken." / "The phone has already been taken."). When that channel already had 3 codes this hour, nothing changes: 429 with `data.retry_after`.
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Full name */
                        name?: string;
                        /** @description New email: clears email_verified_at and sends a code */
                        email?: string;
                        /** @description New phone: clears phone_verified_at and sends an SMS code */
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Profile updated" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                name: string;
                                email: string;
                                phone: string;
                                /** @description ISO-8601 UTC, no milliseconds */
                                phone_verified_at: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                email_verified_at: string | null;
                                /** @description ISO-8601 UTC, no milliseconds */
                                updated_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/profile/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change password; other sessions end, this one stays
         * @description Needs the current password (422 with `errors.current_password` ["The current password is incorrect."] otherwise). Every other bearer token of the client is revoked; the one of this request keeps working.
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Current password */
                        current_password: string;
                        /** @description New password (min: 8 chars) */
                        password: string;
                        /** @description New password confirmation */
                        password_confirmation?: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Password updated successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @enum {string|null} */
                            data: null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency's active stations with vehicle counts; with coordinates, those within radius_km, nearest first
         * @description The agency's active stations with their vehicles counted: `total_vehicles` kept there and `available_vehicles`, those free right now (not booked, in use or in maintenance). Without coordinates: every active station, by id, with `distance_km` null. With `latitude` and `longitude` (both or neither, else 422): only those within `radius_km` (default 50), nearest first, with `distance_km` rounded to one decimal.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description The user's latitude (with longitude) */
                    latitude?: number;
                    /** @description The user's longitude (with latitude) */
                    longitude?: number;
                    /** @description Search radius in km when coordinates are given (default 50) */
                    radius_km?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Stations retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                name: string;
                                address: string;
                                latitude: number;
                                longitude: number;
                                /** @description From the given point, one decimal; null without coordinates */
                                distance_km: number | null;
                                available_vehicles: number;
                                total_vehicles: number;
                                image: string | null;
                                /** @description Per weekday (monday ... sunday), e.g. "06:00-22:00"; a missing day is closed */
                                operating_hours: {
                                    [key: string]: string;
                                };
                                amenities: string[];
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A station with every vehicle there, its status and pricing
         * @description The station (address, contact, opening hours per weekday, amenities) with every vehicle kept there and its current status (`available`, `booked`, `in_use` or `maintenance`) and rates, so a vehicle list needs no other call. An inactive station, another agency's, or an unknown id: 404.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Station not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Station ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Station retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                name: string;
                                description: string | null;
                                address: string;
                                latitude: number;
                                longitude: number;
                                phone: string | null;
                                email: string | null;
                                images: string[];
                                /** @description Per weekday (monday ... sunday), e.g. "06:00-22:00"; a missing day is closed */
                                operating_hours: {
                                    [key: string]: string;
                                };
                                amenities: string[];
                                vehicles: {
                                    id: number;
                                    plate_number: string;
                                    brand: string;
                                    model: string;
                                    year: number;
                                    /** @enum {string} */
                                    category: "sedan" | "suv" | "van" | "compact" | "luxury";
                                    seats: number;
                                    /** @enum {string} */
                                    fuel_type: "petrol" | "diesel" | "electric" | "hybrid";
                                    /** @enum {string} */
                                    transmission: "automatic" | "manual";
                                    image: string | null;
                                    /**
                                     * @description Derived when read: maintenance, in_use (an active booking), booked (a booking in its pickup window), else available
                                     * @enum {string}
                                     */
                                    status: "available" | "booked" | "in_use" | "maintenance";
                                    pricing: {
                                        /** @description In the agency's currency */
                                        hourly_rate: number;
                                        /** @description The most a full 24 hours costs */
                                        daily_rate: number;
                                        /** @description ISO 4217 */
                                        currency: string;
                                    };
                                }[];
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Station not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's support tickets, newest activity first
         * @description Paged (`page`, `per_page` up to 50, default 15; `meta` has current_page, last_page, per_page and total), ordered by the latest message (newest first), filtered by `status` (open, in_progress, resolved, closed; anything else is 422 "The selected status is invalid."). `last_message` is the latest message (staff-only notes never show), cut to 100 characters then "..."; `unread_count` counts the support replies the client has not opened yet (GET /tickets/{id} reads them).
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description Page number (default 1) */
                    page?: string;
                    /** @description Items per page (default 15, max 50) */
                    per_page?: string;
                    /** @description Only tickets in this status */
                    status?: "open" | "in_progress" | "resolved" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Tickets retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description TK-YYYY-NNNNN */
                                reference: string;
                                subject: string;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "closed";
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "critical";
                                category: string;
                                booking_id: number | null;
                                /** @description The latest message, cut to 100 characters (then "...") */
                                last_message: string | null;
                                last_message_at: string;
                                /** @description Support replies not read yet (GET /tickets/{id} reads them) */
                                unread_count: number;
                                created_at: string;
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                                current_page: number;
                                last_page: number;
                                per_page: number;
                                total: number;
                            };
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a support ticket with its first message; the client gets a receipt by email
         * @description The ticket starts open with the client's message as its first; its reference is TK-YYYY-NNNNN, numbered per agency and calendar year (the agency's time zone). The client is emailed a receipt with the reference. `subject` (at most 255 characters), `message` (at most 5000 characters) and `category` are required (e.g. "The subject field is required."); `priority` is low, normal (the default), high or critical. Then the fields are checked against the agency's data, all at once in one 422: "The selected category is invalid." for a category outside the agency's list (GET /config: support.ticket_categories); "The selected booking id is invalid." for a booking that is not one of the client's (nor a pending one); `attachments`: up to 10 of the client's uploads (POST /media), each its `id` or its `url` (an expired link still names its file; a file named twice is attached once); anything else is 422 `attachments.N: ["The selected attachments.N is invalid."]`. In responses, `attachments` are signed links (valid FILE_URL_TTL_SECONDS, default 15 minutes).
         *
         *     **Errors**
         *
         *     - 400: "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ticket subject */
                        subject: string;
                        /** @description The first message */
                        message: string;
                        /** @description One of the agency's ticket categories (GET /config: support.ticket_categories) */
                        category: string;
                        /**
                         * @description Default normal
                         * @enum {string|null}
                         */
                        priority?: "low" | "normal" | "high" | "critical" | null;
                        /** @description One of the client's bookings this is about */
                        booking_id?: number | null;
                        /** @description Up to 10 of the client's uploads (POST /media): each its id or its url */
                        attachments?: (number | string)[] | null;
                    };
                };
            };
            responses: {
                /** @description Success: "Ticket created successfully" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description TK-YYYY-NNNNN */
                                reference: string;
                                subject: string;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "closed";
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "critical";
                                category: string;
                                booking: {
                                    id: number;
                                    reference: string;
                                    vehicle: {
                                        id: number;
                                        plate_number: string;
                                        brand: string;
                                        model: string;
                                    };
                                    start_date: string;
                                    end_date: string;
                                } | null;
                                /** @description Oldest first */
                                messages: {
                                    id: number;
                                    message: string;
                                    /** @enum {string} */
                                    sender: "client" | "support";
                                    sender_name: string;
                                    /** @description Signed links to the attached files, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                    attachments: string[];
                                    created_at: string;
                                }[];
                                created_at: string;
                                updated_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ticket with its conversation; marks the support replies read
         * @description The ticket with its messages, oldest first (staff-only notes never show), each with its attachments as signed links (valid FILE_URL_TTL_SECONDS, default 15 minutes), and the booking it is about (null when none, or once that booking is deleted). Opening it marks the support replies read: `unread_count` in GET /tickets drops to 0. Another client's or another agency's ticket, or an unknown id: 404 "Ticket not found".
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Ticket not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Ticket retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                /** @description TK-YYYY-NNNNN */
                                reference: string;
                                subject: string;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "closed";
                                /** @enum {string} */
                                priority: "low" | "normal" | "high" | "critical";
                                category: string;
                                booking: {
                                    id: number;
                                    reference: string;
                                    vehicle: {
                                        id: number;
                                        plate_number: string;
                                        brand: string;
                                        model: string;
                                    };
                                    start_date: string;
                                    end_date: string;
                                } | null;
                                /** @description Oldest first */
                                messages: {
                                    id: number;
                                    message: string;
                                    /** @enum {string} */
                                    sender: "client" | "support";
                                    sender_name: string;
                                    /** @description Signed links to the attached files, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                    attachments: string[];
                                    created_at: string;
                                }[];
                                created_at: string;
                                updated_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Ticket not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write in a ticket; a resolved ticket is reopened
         * @description `message` is required (at most 5000 characters). A resolved ticket goes back to open; any other status stays; the ticket moves to the top of GET /tickets. A closed ticket takes no more messages: 400 "Cannot add message to closed ticket" (open a new one). Another client's or another agency's ticket, or an unknown id: 404 "Ticket not found". `attachments`: up to 10 of the client's uploads (POST /media), each its `id` or its `url` (an expired link still names its file; a file named twice is attached once); anything else is 422 `attachments.N: ["The selected attachments.N is invalid."]`. In responses, `attachments` are signed links (valid FILE_URL_TTL_SECONDS, default 15 minutes).
         *
         *     **Errors**
         *
         *     - 400: "Cannot add message to closed ticket", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Ticket not found"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Message content */
                        message: string;
                        /** @description Up to 10 of the client's uploads (POST /media): each its id or its url */
                        attachments?: (number | string)[] | null;
                    };
                };
            };
            responses: {
                /** @description Success: "Message added" */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                message: string;
                                /** @enum {string} */
                                sender: "client" | "support";
                                sender_name: string;
                                /** @description Signed links to the attached files, valid for FILE_URL_TTL_SECONDS (default 15 minutes) */
                                attachments: string[];
                                created_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Cannot add message to closed ticket" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Ticket not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bookable vehicles (not in maintenance, at an active station), featured first; with start_date and end_date only those free for the whole window, with pricing.estimated_total
         * @description Paged (`page`, `per_page` up to 50; `meta` has current_page, last_page, per_page, total). Filters: `station_id`, `category`. With `start_date` and `end_date` (both or neither; ISO 8601 with offset; the end after the start, else 422) only vehicles that no booking holds for that window plus the agency's turnaround time, each with `pricing.estimated_total`: the subtotal plus tax a booking of exactly that window would cost. `status` is the status now, not in the window.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only vehicles at this station */
                    station_id?: number;
                    /** @description sedan, suv, van, compact or luxury */
                    category?: "sedan" | "suv" | "van" | "compact" | "luxury";
                    /** @description ISO 8601 with offset; with end_date: only vehicles free for the whole window */
                    start_date?: string;
                    /** @description ISO 8601 with offset, after start_date */
                    end_date?: string;
                    /** @description Page number (default 1) */
                    page?: number;
                    /** @description Items per page (default 15, at most 50) */
                    per_page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicles retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                plate_number: string;
                                brand: string;
                                model: string;
                                year: number;
                                color: string;
                                /** @enum {string} */
                                category: "sedan" | "suv" | "van" | "compact" | "luxury";
                                seats: number;
                                /** @enum {string} */
                                fuel_type: "petrol" | "diesel" | "electric" | "hybrid";
                                /** @enum {string} */
                                transmission: "automatic" | "manual";
                                image: string | null;
                                features: string[];
                                /**
                                 * @description Derived when read: maintenance, in_use (an active booking), booked (a booking in its pickup window), else available
                                 * @enum {string}
                                 */
                                status: "available" | "booked" | "in_use" | "maintenance";
                                station: {
                                    id: number;
                                    name: string;
                                };
                                pricing: {
                                    /** @description In the agency's currency */
                                    hourly_rate: number;
                                    /** @description The most a full 24 hours costs */
                                    daily_rate: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description Subtotal plus tax for the start_date..end_date window; null without one */
                                    estimated_total: number | null;
                                };
                            }[];
                            meta: {
                                agency_id: number;
                                agency_code: string;
                                current_page: number;
                                last_page: number;
                                per_page: number;
                                total: number;
                            };
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A vehicle with its pricing, location, status and last telemetry
         * @description Any vehicle of the agency, whatever its status: specifications, images, features, rates, where it is (the last position its telematics unit reported, else its station's) and `telemetry`, the last state the unit reported (null before its first report). Another agency's vehicle or an unknown id: 404.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                id: number;
                                plate_number: string;
                                brand: string;
                                model: string;
                                year: number;
                                color: string;
                                /** @enum {string} */
                                category: "sedan" | "suv" | "van" | "compact" | "luxury";
                                seats: number;
                                /** @enum {string} */
                                fuel_type: "petrol" | "diesel" | "electric" | "hybrid";
                                /** @enum {string} */
                                transmission: "automatic" | "manual";
                                images: string[];
                                features: string[];
                                pricing: {
                                    /** @description In the agency's currency */
                                    hourly_rate: number;
                                    /** @description The most a full 24 hours costs */
                                    daily_rate: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                };
                                /** @description The last reported position, else the station's; the address is the station's */
                                location: {
                                    latitude: number;
                                    longitude: number;
                                    address: string;
                                };
                                /**
                                 * @description Derived when read: maintenance, in_use (an active booking), booked (a booking in its pickup window), else available
                                 * @enum {string}
                                 */
                                status: "available" | "booked" | "in_use" | "maintenance";
                                station: {
                                    id: number;
                                    name: string;
                                };
                                /** @description The last state the vehicle's telematics unit reported; null before its first report */
                                telemetry: {
                                    /** @description Percent of tank (of battery for an electric car) */
                                    fuel_level: number | null;
                                    /** @description Odometer, km */
                                    mileage: number | null;
                                    /** @description 12 V battery, volts */
                                    battery_voltage: number | null;
                                    is_locked: boolean | null;
                                    is_engine_running: boolean | null;
                                } | null;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/disable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Engage the immobilizer (the engine cannot be started)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Driving disabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/enable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release the immobilizer (the engine can be started)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Driving enabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock all doors
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle locked successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/lock-and-disable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock and engage the immobilizer in one command
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle locked and driving disabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock all doors (the first unlock inside the pickup window starts the booking)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle unlocked successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/control/unlock-and-enable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock and release the immobilizer in one command
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle unlocked and driving enabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/disable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Engage the immobilizer (the engine cannot be started)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Driving disabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/enable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release the immobilizer (the engine can be started)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Driving enabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock all doors
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle locked successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/lock-and-disable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock and engage the immobilizer in one command
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle locked and driving disabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vehicle's last reported state (only during the caller's active booking of it)
         * @description Served from the last telemetry the unit pushed (the unit is never polled). The location falls back to the vehicle's station when the unit has reported no position. 403 unless the caller's booking of this vehicle is active.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle status retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                status: "available" | "booked" | "in_use" | "maintenance";
                                location: {
                                    latitude: number;
                                    longitude: number;
                                    /** @description The station's address while the car is there, else null */
                                    address: string | null;
                                    /** @description When the unit reported this position (null: the station, no report yet) */
                                    last_update: string | null;
                                };
                                telemetry: {
                                    /** @description Percent of tank (of battery for an electric car) */
                                    fuel_level: number | null;
                                    fuel_type: string;
                                    /** @description Odometer, km */
                                    mileage: number | null;
                                    /** @description 12 V battery, volts */
                                    battery_voltage: number | null;
                                    is_locked: boolean | null;
                                    is_engine_running: boolean | null;
                                    /** @description false: the immobilizer is engaged */
                                    driving_enabled: boolean | null;
                                    doors: {
                                        /** @enum {string} */
                                        front_left: "open" | "closed";
                                        /** @enum {string} */
                                        front_right: "open" | "closed";
                                        /** @enum {string} */
                                        rear_left: "open" | "closed";
                                        /** @enum {string} */
                                        rear_right: "open" | "closed";
                                        /** @enum {string} */
                                        trunk: "open" | "closed";
                                    } | null;
                                    last_update: string | null;
                                };
                                connectivity: {
                                    /**
                                     * @description online: the unit was heard from in the last 90 seconds
                                     * @enum {string}
                                     */
                                    status: "online" | "offline";
                                    /** @enum {string|null} */
                                    signal_strength: "strong" | "medium" | "weak" | null;
                                    last_seen: string | null;
                                };
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock all doors (the first unlock inside the pickup window starts the booking)
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle unlocked successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/vehicles/{id}/unlock-and-enable-driving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock and release the immobilizer in one command
         * @description Only for the client of an active booking of this vehicle, or of an upcoming one inside its pickup window (403 otherwise; also when the booking is cancelled while the car unlocks: it is locked again). Commands to one vehicle run one at a time; with 3 already waiting, 409 at once. A unit that is unreachable or does not answer within TELEMATICS_TIMEOUT_MS gives 503 "Vehicle did not respond" with data {vehicle_id, action, status: "failed", reason: timeout|offline|rejected, retry_after} and a Retry-After header. An Idempotency-Key header names one attempt: the same key again returns that attempt's outcome (200 or 503) without a second command; use a new key to try again.
         *
         *     **Errors**
         *
         *     - 400: "Bad request"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "You do not have an active booking for this vehicle", "Agency is not active", "Account suspended"
         *     - 404: "Vehicle not found"
         *     - 409: "Another command for this vehicle is in progress"
         *     - 422: "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Vehicle did not respond"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Vehicle ID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Vehicle unlocked and driving enabled successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                vehicle_id: number;
                                /** @enum {string} */
                                action: "lock" | "unlock" | "enable-driving" | "disable-driving" | "unlock-and-enable-driving" | "lock-and-disable-driving";
                                /** @enum {string} */
                                status: "completed";
                                /** @description When the unit confirmed the command (ISO-8601 UTC) */
                                timestamp: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Bad request" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "You do not have an active booking for this vehicle" or "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Another command for this vehicle is in progress" */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Vehicle did not respond" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/verification/resend-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new email code (voids the previous one; at most 3 sends an hour)
         * @description Emails a new code (valid 24 hours) to the address on file; the previous code stops working. At most 3 emails per hour, the one sent at registration included: beyond, 429 with `data.retry_after` (seconds) and a Retry-After header. An already verified address: 400.
         *
         *     **Errors**
         *
         *     - 400: "Email already verified"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Verification email sent" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                email: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Email already verified" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/verification/resend-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new SMS code (voids the previous one; at most 3 sends an hour)
         * @description Sends a new 6-digit code to the phone on file; `expires_in` is its lifetime in seconds (600). The previous code stops working. At most 3 codes per hour, the one sent at registration included: beyond, 429 with `data.retry_after` (seconds) and a Retry-After header. An already verified phone: 400.
         *
         *     **Errors**
         *
         *     - 400: "Phone number already verified"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Verification code sent" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                phone: string;
                                expires_in: number;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Phone number already verified" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/verification/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phone and email verification status
         * @description Whether the phone number and the email address are verified, and when. The agency decides which of the two a booking needs (`features.phone_verification_required` and `email_verification_required` in GET /config). Changing either in PUT /profile makes it unverified again.
         *
         *     **Errors**
         *
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Verification status retrieved" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                phone: {
                                    number: string;
                                    verified: boolean;
                                    verified_at: string | null;
                                };
                                email: {
                                    address: string;
                                    verified: boolean;
                                    verified_at: string | null;
                                };
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/verification/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the email address with the emailed code
         * @description The code of the last email (6 letters and digits, case-insensitive, valid 24 hours; a newer code voids it). Five wrong codes void it. A wrong, expired or voided code is 422 "Invalid verification code" with `errors.code` ["The verification code is invalid or expired."]; an already verified address, 400.
         *
         *     **Errors**
         *
         *     - 400: "Email already verified", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Invalid verification code", "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The code from the SMS (6 digits) or the email (6 letters and digits) */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Email verified successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                email: string;
                                verified_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Email already verified" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Invalid verification code" or "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client/verification/verify-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the phone number with the SMS code
         * @description The code of the last SMS (6 digits, valid 10 minutes; a newer code voids it). Five wrong codes void it: ask for a new one. A wrong, expired or voided code is 422 "Invalid verification code" with `errors.code` ["The verification code is invalid or expired."]; an already verified phone, 400.
         *
         *     **Errors**
         *
         *     - 400: "Phone number already verified", "Malformed JSON in request body"
         *     - 401: "Agency signature required", "Invalid agency signature", "Unauthenticated"
         *     - 403: "Agency is not active", "Account suspended"
         *     - 413: "Payload too large"
         *     - 415: "Unsupported media type"
         *     - 422: "Invalid verification code", "Validation failed"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The code from the SMS (6 digits) or the email (6 letters and digits) */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Success: "Phone verified successfully" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                phone: string;
                                verified_at: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Phone number already verified" or "Malformed JSON in request body" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency signature required" or "Invalid agency signature" or "Unauthenticated" */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Agency is not active" or "Account suspended" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Payload too large" */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Unsupported media type" */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Invalid verification code" or "Validation failed" */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a private file through a signed, expiring link (as returned in `url` fields)
         * @description The links in `url` fields (documents, media) are this route with `expires` (unix seconds) and `signature` (an HMAC under the server key): the link itself is the credential, so an <img> tag or a PDF viewer can open it without headers. It works until `expires` (FILE_URL_TTL_SECONDS after it was issued, default 15 minutes): ask the API again for a fresh link. The file comes decrypted with its type (JPEG, PNG or PDF) and `Cache-Control: private` for the rest of its lifetime. A tampered or expired link: 403; a file that no longer exists: 404.
         *
         *     **Errors**
         *
         *     - 403: "Invalid or expired file link"
         *     - 404: "File not found"
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: {
                    /** @description Unix seconds, from the link */
                    expires?: string;
                    /** @description From the link */
                    signature?: string;
                };
                header?: never;
                path: {
                    /** @description The file key, as in the link */
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": Blob;
                        "image/png": Blob;
                        "application/pdf": Blob;
                    };
                };
                /** @description "Invalid or expired file link" */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "File not found" */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Liveness: answers as long as the process serves HTTP, without touching the database. No signature needed.
         *
         *     **Errors**
         *
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "OK" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @enum {string} */
                                status: "ok";
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers
         * @description Readiness: 200 once the database answers a query (`database`: pglite or postgres), 503 "Service unavailable" with `data.database` "unreachable" otherwise. No signature needed.
         *
         *     **Errors**
         *
         *     - 429: "Too many requests"
         *     - 500: "Server error"
         *     - 503: "Service unavailable"
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success: "Ready" */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @enum {string} */
                                status: "ready";
                                database: string;
                            };
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Too many requests" */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Server error" */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
                /** @description "Service unavailable" */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            message: string;
                            errors?: {
                                [key: string]: string[];
                            };
                            data: {
                                [key: string]: unknown;
                            } | null;
                            meta: {
                                agency_id: number;
                                agency_code: string;
                            } | null;
                            /** @description UUID of this request, also sent as the X-Request-Id header */
                            request_id: string;
                            /** @description ISO-8601 UTC with milliseconds */
                            timestamp: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
