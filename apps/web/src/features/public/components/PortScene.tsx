// The guide's backdrop (a port with stacked containers under a network of dots and lines), drawn in
// SVG so the site loads no external image. Decorative only: hidden from assistive technologies.
import classes from './PublicLayout.module.css';

// Container stacks: x, number of columns, rows; colours echo the guide's orange/blue/yellow boxes.
const STACKS: [number, number, number][] = [
  [40, 4, 3],
  [260, 3, 4],
  [430, 5, 2],
  [720, 3, 3],
  [880, 4, 4],
  [1090, 3, 2],
];
const COLOURS = ['#e07b39', '#2b6cc6', '#e9b949', '#1f9d55', '#c1272d', '#447fcd'];
// Network nodes (fixed, so the picture is the same on every load).
const NODES: [number, number][] = [
  [60, 70],
  [180, 40],
  [300, 95],
  [420, 50],
  [540, 110],
  [650, 60],
  [780, 100],
  [900, 45],
  [1020, 90],
  [1140, 55],
  [240, 170],
  [480, 185],
  [720, 175],
  [960, 170],
  [1110, 160],
];
const LINKS: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 5],
  [5, 6],
  [6, 7],
  [7, 8],
  [8, 9],
  [1, 10],
  [2, 10],
  [10, 11],
  [4, 11],
  [11, 12],
  [6, 12],
  [12, 13],
  [8, 13],
  [13, 14],
  [9, 14],
  [3, 11],
  [5, 12],
  [7, 13],
];

export function PortScene({ variant = 'light' }: { variant?: 'light' | 'dark' }) {
  const line = variant === 'dark' ? 'rgba(255,255,255,0.35)' : 'rgba(11,58,110,0.28)';
  const dot = variant === 'dark' ? '#9cc3f0' : '#1c61c3';
  return (
    <svg
      className={classes.scene}
      viewBox="0 0 1200 400"
      preserveAspectRatio="xMidYMax slice"
      aria-hidden="true"
      focusable="false"
    >
      {/* Quay crane */}
      <g stroke={line} strokeWidth="4" fill="none" opacity="0.9">
        <path d="M980 400 V200 M1030 400 V200 M940 200 H1160 M980 240 L1030 200 M1030 240 L980 200 M1100 200 V236" />
      </g>
      {/* Container stacks */}
      {STACKS.map(([x, cols, rows]) =>
        Array.from({ length: cols * rows }, (_, i) => {
          const c = i % cols;
          const r = Math.floor(i / cols);
          return (
            <g key={`${x}-${c}-${r}`} opacity={variant === 'dark' ? 0.35 : 0.22}>
              <rect
                x={x + c * 46}
                y={380 - (r + 1) * 22}
                width="44"
                height="20"
                fill={COLOURS[(x / 10 + c + r) % COLOURS.length]}
              />
              <path
                d={`M${x + c * 46 + 11} ${380 - (r + 1) * 22 + 3} v14 M${x + c * 46 + 22} ${380 - (r + 1) * 22 + 3} v14 M${x + c * 46 + 33} ${380 - (r + 1) * 22 + 3} v14`}
                stroke="rgba(0,0,0,0.25)"
                strokeWidth="1.5"
              />
            </g>
          );
        }),
      )}
      <rect x="0" y="380" width="1200" height="20" fill={line} />
      {/* Network */}
      <g stroke={line} strokeWidth="1.2">
        {LINKS.map(([a, b]) => (
          <line key={`${a}-${b}`} x1={NODES[a][0]} y1={NODES[a][1]} x2={NODES[b][0]} y2={NODES[b][1]} />
        ))}
      </g>
      <g fill={dot}>
        {NODES.map(([x, y]) => (
          <circle key={`${x}-${y}`} cx={x} cy={y} r="4" />
        ))}
      </g>
    </svg>
  );
}
