// Node 20.18.3+ decodes 'windows-1252' as Latin-1, so bytes 0x80–0x9F come out as C1 controls
// instead of € ‘ ’ “ ” … (nodejs/node#60888). We map that range ourselves per the WHATWG table;
// the five bytes Windows-1252 leaves undefined keep their Latin-1 code points, as in browsers.
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH_CONTROLS[c.charCodeAt(0) - 0x80]!));
}
