// The PORTNET wordmark: the "O" is a globe with the red-and-green star of the guide's logo.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function PortnetLogo({ inverted = false, height = 28 }: { inverted?: boolean; height?: number }) {
  const { t } = useTranslation();
  const ink = inverted ? '#ffffff' : '#0b3a6e';
  const titleId = useId();
  return (
    <svg
      height={height}
      viewBox="0 0 178 32"
      role="img"
      aria-labelledby={titleId}
      style={{ direction: 'ltr' }}
    >
      <title id={titleId}>{t('app.portnet')}</title>
      <text x="0" y="25" fontFamily="Arial, Helvetica, sans-serif" fontWeight="800" fontSize="26" fill={ink}>
        P
      </text>
      <g transform="translate(29 16)">
        <circle r="11" fill="none" stroke={ink} strokeWidth="2.4" />
        <ellipse rx="4.5" ry="11" fill="none" stroke={ink} strokeWidth="1.4" />
        <line x1="-11" x2="11" stroke={ink} strokeWidth="1.4" />
        <path d="M0 -6.5l1.6 4.7h5l-4 2.9 1.5 4.8L0 3 -4.1 5.9l1.5-4.8-4-2.9h5z" fill="#c1272d" />
        <circle r="1.8" fill="#1f9d55" />
      </g>
      <text x="43" y="25" fontFamily="Arial, Helvetica, sans-serif" fontWeight="800" fontSize="26" fill={ink}>
        RTNET
      </text>
    </svg>
  );
}
