/** Test-only windows-1256 encoder (TextEncoder only writes UTF-8), built by inverting the decoder's table. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return new Uint8Array(
    Array.from(text, (char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`windows-1256 cannot encode ${char}`);
      return byte;
    }),
  );
}
