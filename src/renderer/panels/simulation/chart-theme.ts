import { useEffect, useState } from 'react';
import type { Tone } from './node-charts';

/** Chart colours, read from the theme's CSS variables (a canvas cannot use var()). */
export interface ChartTheme {
  readonly axis: string;
  readonly grid: string;
  readonly cursor: string;
  readonly tones: Record<Tone, string>;
}

export function readChartTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    axis: v('--text-3'),
    grid: v('--border'),
    cursor: v('--text'),
    tones: { in: v('--text-3'), out: v('--accent'), throttled: v('--warning'), dropped: v('--info'), lost: v('--error'), level: v('--edge-metadata') },
  };
}

const DARK = '(prefers-color-scheme: dark)';

/** The chart theme, read again when the OS switches between light and dark. */
export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    const query = matchMedia(DARK);
    const onChange = () => setTheme(readChartTheme());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return theme;
}
