import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed outputs of `npm run icons` (build/icons/generate.mjs), read byte by byte.
const buildDir = fileURLToPath(new URL('../../../build/', import.meta.url));
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which the PNG spec requires to come first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function readBuildFile(relativePath: string): Buffer {
  return readFileSync(path.join(buildDir, relativePath));
}

/** Sizes of the PNG images inside a Windows .ico, checked against its directory entries. */
function icoImageSizes(ico: Buffer): number[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const declared = ico.readUInt8(entry) || 256;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    const { width, height } = pngSize(ico.subarray(offset, offset + length));
    expect([width, height]).toEqual([declared, declared]);
    return width;
  });
}

/** Entry type -> PNG size inside a macOS .icns. */
function icnsImageSizes(icns: Buffer): Record<string, number> {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const sizes: Record<string, number> = {};
  for (let offset = 8; offset < icns.length; ) {
    const type = icns.toString('ascii', offset, offset + 4);
    const length = icns.readUInt32BE(offset + 4);
    const { width, height } = pngSize(icns.subarray(offset + 8, offset + length));
    expect(width).toBe(height);
    sizes[type] = width;
    offset += length;
  }
  return sizes;
}

const EXPECTED_ICNS = { icp4: 16, icp5: 32, ic11: 32, icp6: 64, ic12: 64, ic07: 128, ic08: 256, ic13: 256, ic09: 512, ic14: 512, ic10: 1024 };

describe('app icon', () => {
  it('has SVG sources: the mark, its small-size redraw and the document icon', () => {
    for (const source of ['icons/icon.svg', 'icons/icon-small.svg', 'icons/document.svg']) {
      const svg = readBuildFile(source).toString('utf8');
      expect(svg, source).toMatch(/^<svg[^>]+viewBox=/);
      expect(svg, `${source} has no text, so it needs no font`).not.toMatch(/<text/);
    }
  });

  it.each(LINUX_SIZES)('has a %i px PNG in the Linux icon set', (size) => {
    const file = `icons/png/${size}x${size}.png`;
    expect(existsSync(path.join(buildDir, file)), file).toBe(true);
    expect(pngSize(readBuildFile(file))).toEqual({ width: size, height: size });
  });

  it('has build/icon.png at 1024 px for electron-builder', () => {
    expect(pngSize(readBuildFile('icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows .ico with every size from 16 to 256 px', () => {
    expect(icoImageSizes(readBuildFile('icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns up to 1024 px', () => {
    expect(icnsImageSizes(readBuildFile('icon.icns'))).toEqual(EXPECTED_ICNS);
  });

  it('has the .endfirst document icon for Windows and macOS', () => {
    expect(icoImageSizes(readBuildFile('icons/document.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(icnsImageSizes(readBuildFile('icons/document.icns'))).toEqual(EXPECTED_ICNS);
  });
});
