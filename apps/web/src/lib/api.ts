// Fetch wrapper for the portal API: JSON in and out, the CSRF token echoed on writes, and errors
// raised as ApiError with the server's stable code (translated by the caller through i18n).
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: { fields?: { path: string; message: string }[]; [k: string]: unknown };
  constructor(status: number, code: string, message: string, details?: ApiError['details']) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  // The server writes its error messages in the signed-in user's language; before sign-in, in the
  // language this header names: the one the page is shown in (set by applyDocumentLanguage).
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (lang && !headers.has('accept-language')) headers.set('accept-language', lang);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('x-csrf-token', csrfToken);
  const res = await fetch(path, { ...init, method, headers, body, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const isJson = res.headers.get('content-type')?.includes('application/json');
  const data = isJson ? await res.json() : await res.text();
  if (!res.ok) {
    const err = isJson && data?.error ? data.error : { code: 'INTERNAL', message: String(data) };
    throw new ApiError(res.status, err.code, err.message, err.details);
  }
  return data as T;
}
