// Saves a chart's SVG as a PNG: the SVG is serialised with its computed text font, drawn on a
// white canvas at twice the size (sharp on high-density screens), then downloaded.
export async function saveSvgAsPng(svg: SVGSVGElement, fileName: string, title: string): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
  const data = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg'));
      img.src = url;
    });
    const scale = 2;
    const titleHeight = 28;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = (height + titleHeight) * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height + titleHeight);
    ctx.fillStyle = '#1a1b1e';
    ctx.font = `600 14px ${getComputedStyle(svg).fontFamily || 'sans-serif'}`;
    ctx.fillText(title, 8, 18);
    ctx.drawImage(img, 0, titleHeight, width, height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** CSV for a French Excel: UTF-8 BOM, semicolons, quoted cells; formula-like text neutralised. */
export function downloadCsv(fileName: string, rows: (string | number)[][]): void {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
