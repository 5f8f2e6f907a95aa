/**
 * Charts as inline SVG strings, so the HTML report opens from disk with no script, server or
 * network. Each mark carries its numbers in `data-` attributes and a `<title>` (the tooltip), so
 * what a chart shows can be read back from the file.
 */
export declare function escapeHtml(text: string): string;
/** A colour between white-ish and `to` for a share 0–1. */
export declare function shade(share: number, to: [number, number, number]): string;
export interface Bar {
    label: string;
    value: number;
    colour: string;
    tooltip: string;
    data: Record<string, string | number>;
}
/** Horizontal bars, one per row, from a zero line that may sit inside the chart when values are negative. */
export declare function horizontalBars(bars: readonly Bar[], label: string, labelWidth?: number): string;
export interface Column {
    label: string;
    value: number;
    tooltip: string;
    data: Record<string, string | number>;
}
/** Vertical bars over a category axis (a histogram when the categories are counts). */
export declare function columns(cols: readonly Column[], label: string, axisLabel: string, colour: string): string;
export interface Series {
    name: string;
    colour: string;
    points: {
        x: number;
        y: number;
        tooltip: string;
    }[];
}
/** Lines over years (or any whole-numbered x), each point a dot with its tooltip; a missing x breaks the line. */
export declare function lines(series: readonly Series[], label: string, yLabel: string): string;
export interface HeatCell {
    share: number;
    tooltip: string;
    data: Record<string, string | number>;
    /** False where no holder is rated: drawn grey, not as a share of 0. */
    known: boolean;
}
/**
 * A grid: rows (e.g. all holders, then each sector) by columns (the elements), with a gap between
 * column groups. The darkest colour is the highest share in the grid, not 100%: partial
 * compliance is rare, and on a 0–100% scale its map would be all but white.
 */
export declare function heatMap(rows: readonly {
    label: string;
    cells: readonly HeatCell[];
}[], columnLabels: readonly string[], groupOf: (column: number) => number, colour: [number, number, number], label: string): string;
