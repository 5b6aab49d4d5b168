// « Je ne suis pas un robot »: the self-hosted ALTCHA proof of work. The "external" build is used so
// that styles come from our CSS file and the proof-of-work worker from our own origin (the CSP
// allows neither inline scripts nor third-party hosts). Only the pages that need it load it.
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/fr-fr';
import 'altcha/i18n/ar';
import 'altcha/i18n/en';
import { Input } from '@mantine/core';
import type {} from 'altcha/types/react';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The server signs PBKDF2/SHA-256 challenges (apps/server/src/modules/identity/captcha.ts).
globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

const WIDGET_LANG: Record<string, string> = { fr: 'fr-fr', ar: 'ar', en: 'en' };

export interface AltchaHandle {
  /** A solution is single use: after any refused submission, ask for a new one. */
  reset: () => void;
}

export const AltchaField = forwardRef<
  AltchaHandle,
  { id: string; error?: string; onChange: (payload: string | null) => void }
>(function AltchaField({ id, error, onChange }, ref) {
  const { i18n } = useTranslation();
  const widget = useRef<HTMLElement & { reset?: () => void }>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useImperativeHandle(ref, () => ({
    reset: () => {
      widget.current?.reset?.();
      onChangeRef.current(null);
    },
  }));

  useEffect(() => {
    const el = widget.current;
    if (!el) return;
    const onState = (ev: Event) => {
      const { state, payload } = (ev as CustomEvent<{ state: string; payload?: string }>).detail;
      onChangeRef.current(state === 'verified' && payload ? payload : null);
    };
    el.addEventListener('statechange', onState);
    return () => el.removeEventListener('statechange', onState);
  }, []);

  const errorId = `${id}-error`;
  return (
    <div>
      <div
        id={id}
        data-invalid={error ? 'true' : undefined}
        style={{
          borderRadius: 8,
          outline: error ? '2px solid var(--mantine-color-red-8)' : undefined,
          outlineOffset: 2,
          maxWidth: 320,
        }}
        aria-describedby={error ? errorId : undefined}
      >
        <altcha-widget
          ref={widget}
          challenge="/api/id/captcha/challenge"
          name="altcha"
          language={WIDGET_LANG[i18n.language] ?? 'fr-fr'}
          style={{
            '--altcha-max-width': '100%',
            '--altcha-border-radius': '8px',
            '--altcha-color-primary': '#0b3a6e',
          }}
        />
      </div>
      {error && (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      )}
    </div>
  );
});
