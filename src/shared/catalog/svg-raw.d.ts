/** SVG files imported as text (`?raw`): the bundlers of every process load them as strings. */
declare module '*.svg?raw' {
  const svg: string;
  export default svg;
}
