/**
 * The UTF-8 size of a string, computed by hand because shared/ has no TextEncoder type (it is a
 * DOM/Node API, not ECMAScript). A surrogate pair is 4 bytes; a lone surrogate counts 3, the
 * size of the U+FFFD an encoder writes for it. Always >= text.length, so a too-long string can
 * be refused before counting.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
