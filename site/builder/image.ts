/**
 * Pictures of widgets for channels that run no scripts: an element's `toSVG()` as an SVG file,
 * the same drawn onto a canvas as a PNG, and several stacked into one long image.
 * Fonts are the system stack the SVG names (no web fonts to wait for).
 */

/** The width and height an SVG document declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(tag)?.[1]);
  let width = read('width');
  let height = read('height');
  if (!(width > 0 && height > 0)) {
    const box = /\bviewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(tag);
    width = Number(box?.[1] ?? 0);
    height = Number(box?.[2] ?? 0);
  }
  return { width, height };
}

/** Draws an SVG document into an image element (resolved once it has loaded). */
function loadSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}

/**
 * Rows of SVG documents on one PNG at `scale` (2: sharp on phones): each row's documents side by
 * side (in columns of one width when a row has several), rows top to bottom, on `background`, `gap` px apart and `padding` px from the edges. One
 * document gives a PNG of that widget alone.
 */
export async function svgsToPng(
  rows: readonly (string | readonly string[])[],
  options: { scale?: number; background?: string; gap?: number; padding?: number } = {},
): Promise<Blob> {
  const scale = options.scale ?? 2;
  const gap = options.gap ?? 0;
  const padding = options.padding ?? 0;
  const laid = await Promise.all(
    rows.map(async (row) => {
      const svgs = typeof row === 'string' ? [row] : row;
      const images = await Promise.all(svgs.map(loadSvg));
      const sizes = svgs.map(svgSize);
      return {
        images,
        sizes,
        width: sizes.reduce((sum, s) => sum + s.width, 0) + gap * (svgs.length - 1),
        height: Math.max(0, ...sizes.map((s) => s.height)),
      };
    }),
  );
  // Rows of several share one column width, so their widgets line up as a grid.
  const column = Math.max(
    0,
    ...laid.filter((row) => row.sizes.length > 1).flatMap((row) => row.sizes.map((s) => s.width)),
  );
  for (const row of laid) {
    if (row.sizes.length > 1) row.width = column * row.sizes.length + gap * (row.sizes.length - 1);
  }
  const width = Math.max(...laid.map((row) => row.width)) + padding * 2;
  const height =
    laid.reduce((sum, row) => sum + row.height, 0) + gap * (laid.length - 1) + padding * 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.scale(scale, scale);
  if (options.background) {
    context.fillStyle = options.background;
    context.fillRect(0, 0, width, height);
  }
  let y = padding;
  for (const row of laid) {
    let x = padding;
    for (const [i, size] of row.sizes.entries()) {
      const image = row.images[i];
      if (image) context.drawImage(image, x, y, size.width, size.height);
      x += (row.sizes.length > 1 ? column : size.width) + gap;
    }
    y += row.height + gap;
  }
  return canvasBlob(canvas);
}

/** Splits a list into rows of `n`. */
export function rowsOf<T>(items: readonly T[], n: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += n) rows.push(items.slice(i, i + n));
  return rows;
}

/** Offers a blob to the reader as a file download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
