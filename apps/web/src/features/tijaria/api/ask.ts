// POST /api/tijaria/messages answered as a text/event-stream. fetch (not EventSource) so the
// request is a POST carrying the CSRF token; aborting the fetch is the « Arrêter » button.
import type { SessionResponse, TijariaStreamEvent } from '@portail/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';

export async function askTijaria(
  client: QueryClient,
  input: { question: string; conversationId?: number; lang: 'fr' | 'ar' | 'en' },
  onEvent: (e: TijariaStreamEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const csrf = client.getQueryData<SessionResponse>(['session'])?.csrfToken ?? '';
  const res = await fetch('/api/tijaria/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-csrf-token': csrf },
    body: JSON.stringify(input),
    credentials: 'same-origin',
    signal,
  });
  if (!res.ok || !res.body) {
    const data = await res.json().catch(() => null);
    const err = data?.error ?? { code: 'INTERNAL', message: res.statusText };
    throw new ApiError(res.status, err.code, err.message, err.details);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let sep = buffer.indexOf('\n\n');
    while (sep >= 0) {
      const block = buffer.slice(0, sep);
      buffer = buffer.slice(sep + 2);
      sep = buffer.indexOf('\n\n');
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) onEvent({ event, data: JSON.parse(data) } as TijariaStreamEvent);
    }
  }
}
