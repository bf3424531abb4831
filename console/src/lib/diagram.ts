/** The part of diagram-js's canvas that fitting uses. */
export interface FittableCanvas {
  zoom(level?: string | number, center?: string): number;
  getSize?(): { width: number; height: number };
  scroll?(delta: { dx?: number; dy?: number }): void;
}

/**
 * Fits the diagram with room around it, so badges on edge elements stay visible. {@code leftInset}
 * is screen width covered by an overlay on the left (the modeler's palette): the diagram is fitted
 * into what remains and moved right of it, instead of disappearing under it.
 */
export function fitWithMargin(canvas: FittableCanvas, leftInset = 0): void {
  const fitted = canvas.zoom('fit-viewport', 'auto');
  const width = canvas.getSize?.().width ?? 0;
  const inset = width > leftInset * 2 ? leftInset : 0;
  const usable = width > 0 ? (width - inset) / width : 1;
  canvas.zoom(Math.min(fitted * 0.9 * usable, 1.2), 'auto');
  if (inset > 0) {
    canvas.scroll?.({ dx: inset / 2 });
  }
}

/** Width of bpmn-js's palette and its offset from the canvas edge. */
export const PALETTE_INSET = 110;
