import { type Rating } from '../schema/report.js';
import type { Benchmark } from './benchmark.js';
export declare const PARTIAL_RED: [number, number, number];
export declare const PLUS_GREEN: [number, number, number];
export declare function leagueChart(b: Benchmark): string;
export declare function elementHeatMap(b: Benchmark, rating: Rating, colour: [number, number, number]): string;
export declare function distributionChart(b: Benchmark): string;
export declare function trendsChart(b: Benchmark): string;
export declare function trendsTable(b: Benchmark): string;
export declare function mostOftenPartialTable(b: Benchmark): string;
/** Which holders the figures count, as to reports read only in part. */
export declare function readingNote(b: Benchmark, howToRank?: string): string;
export declare function renderHtml(b: Benchmark, generatedAt: string, database: string): string;
