/**
 * The script every page loads: tables sort by a click on a heading, the correction form shows
 * the inputs its chosen value needs, and a "correct" button beside a value fills the form in.
 * The pages work without it; it only saves clicks.
 */
export declare const APP_JS: string;
