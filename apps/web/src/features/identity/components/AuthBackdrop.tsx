// Decorative backdrop of the Portnet ID pages: containers at the quay under a network of dots and
// lines (the guide's imagery), drawn in SVG so no external image is loaded.
import classes from './AuthLayout.module.css';

const NODES: [number, number][] = [
  [40, 80],
  [150, 40],
  [260, 120],
  [380, 60],
  [470, 150],
  [90, 220],
  [220, 260],
  [350, 230],
  [460, 300],
  [60, 380],
  [300, 390],
  [420, 430],
];
const LINKS: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
  [0, 5],
  [5, 6],
  [2, 6],
  [6, 7],
  [3, 7],
  [7, 8],
  [4, 8],
  [5, 9],
  [6, 10],
  [9, 10],
  [10, 11],
  [8, 11],
];
const COLOURS = ['#e07b39', '#447fcd', '#e9b949', '#1f9d55', '#c1272d'];

export function AuthBackdrop() {
  return (
    <svg
      className={classes.backdrop}
      viewBox="0 0 500 700"
      preserveAspectRatio="xMidYMax slice"
      aria-hidden="true"
      focusable="false"
    >
      <g stroke="rgba(255,255,255,0.22)" strokeWidth="1.2">
        {LINKS.map(([a, b]) => (
          <line key={`${a}-${b}`} x1={NODES[a][0]} y1={NODES[a][1]} x2={NODES[b][0]} y2={NODES[b][1]} />
        ))}
      </g>
      <g fill="#9cc3f0" opacity="0.7">
        {NODES.map(([x, y]) => (
          <circle key={`${x}-${y}`} cx={x} cy={y} r="3.5" />
        ))}
      </g>
      {Array.from({ length: 18 }, (_, i) => {
        const col = i % 6;
        const row = Math.floor(i / 6);
        const x = 20 + col * 78 + (row % 2) * 20;
        const y = 680 - (row + 1) * 34;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed drawing
          <g key={i} opacity="0.28">
            <rect x={x} y={y} width="72" height="30" fill={COLOURS[(i + row) % COLOURS.length]} />
            <path
              d={`M${x + 18} ${y + 4}v22M${x + 36} ${y + 4}v22M${x + 54} ${y + 4}v22`}
              stroke="rgba(0,0,0,0.3)"
              strokeWidth="2"
            />
          </g>
        );
      })}
      <rect x="0" y="680" width="500" height="20" fill="rgba(255,255,255,0.18)" />
    </svg>
  );
}
