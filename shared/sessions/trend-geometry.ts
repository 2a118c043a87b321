import type { ReadinessPoint } from '../domain/sessions';

/** The trend chart's frame in SVG units; the component scales it to its box. */
/** Wide margins on both sides: the first and last points carry centred labels. */
export const TREND_FRAME = { width: 600, height: 190, left: 90, right: 70, top: 24, bottom: 44 } as const;

export interface TrendDot {
  readonly x: number;
  readonly y: number;
  readonly point: ReadinessPoint;
}

export interface TrendGeometry {
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly dots: readonly TrendDot[];
  /** "M x y L x y…" through the dots; empty with fewer than two. */
  readonly path: string;
  /** Score gridlines: 0, 50, 80 (the "ready" line) and 100. */
  readonly scoreTicks: readonly { readonly value: number; readonly y: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Points spread evenly left to right in the order they were recorded (sessions are weeks apart,
 * named versions minutes: evenly spaced reads better than a time axis); the score 0–100 upwards.
 * Only the newest `max` points are drawn.
 */
export function trendGeometry(trend: readonly ReadinessPoint[], max = 8): TrendGeometry {
  const shown = trend.slice(-max);
  const plot = {
    left: TREND_FRAME.left,
    right: TREND_FRAME.width - TREND_FRAME.right,
    top: TREND_FRAME.top,
    bottom: TREND_FRAME.height - TREND_FRAME.bottom,
  };
  const yOf = (score: number) => round(plot.bottom - ((plot.bottom - plot.top) * Math.min(100, Math.max(0, score))) / 100);
  const step = shown.length > 1 ? (plot.right - plot.left) / (shown.length - 1) : 0;
  const dots = shown.map((point, index) => ({
    x: round(shown.length > 1 ? plot.left + step * index : (plot.left + plot.right) / 2),
    y: yOf(point.score),
    point,
  }));
  const path = dots.length < 2 ? '' : dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  return { plot, dots, path, scoreTicks: [0, 50, 80, 100].map((value) => ({ value, y: yOf(value) })) };
}
