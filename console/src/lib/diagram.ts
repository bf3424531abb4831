/** Fits the diagram with room around it, so badges on edge elements stay visible. */
export function fitWithMargin(canvas: { zoom(level?: string | number, center?: string): number }): void {
  const fitted = canvas.zoom('fit-viewport', 'auto');
  canvas.zoom(Math.min(fitted * 0.9, 1.2), 'auto');
}
