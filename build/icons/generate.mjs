#!/usr/bin/env node
// Renders the Endfirst icons from their SVG sources (`npm run icons`). The outputs are committed,
// so packaging needs neither this script nor a network: electron-builder finds
//   build/icons/png/NxN.png          Linux hicolor set (linux.icon = 'icons/png')
//   build/icon.png, icon.ico, .icns  application icon (electron-builder's default names)
//   build/icons/document.ico, .icns  the `.endfirst` file-association icon
// Because .ico and .icns are ready-made, electron-builder never downloads its icon toolset.
//
// Rasterised by the same browser the browser tests use (test/browser/find-browser.mjs: CHROMIUM_PATH,
// an installed Chrome, Chromium or Edge, or Playwright's Chromium), driven by Playwright, so no image
// library is needed.

import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { findLocalBrowser, localNoBrowserMessage } from '../../test/browser/local-browser.mjs';

const iconsDir = fileURLToPath(new URL('.', import.meta.url));
const buildDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Sizes of the Linux icon set, and the file names electron-builder's icon-folder reader expects. */
const LINUX_PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
/** Windows asks for these from an .ico (taskbar, Explorer views, Alt-Tab, installer). */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS .icns entry types that hold PNG data, with their pixel size. */
const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024], // 512@2x
];
/** At or below this size the pixel-aligned redraw (icon-small.svg) replaces the full mark. */
const SMALL_MARK_MAX_SIZE = 32;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--force-color-profile=srgb',
];

async function main() {
  const [appSvg, appSmallSvg, documentSvg] = await Promise.all(
    ['icon.svg', 'icon-small.svg', 'document.svg'].map((name) => readFile(`${iconsDir}${name}`, 'utf8')),
  );
  const appSvgFor = (size) => (size <= SMALL_MARK_MAX_SIZE ? appSmallSvg : appSvg);

  const browser = await launchChromium();
  try {
    const render = createRenderer(await browser.newPage({ deviceScaleFactor: 1 }));
    const appPng = new Map();
    const documentPng = new Map();
    const allSizes = new Set([...LINUX_PNG_SIZES, ...ICO_SIZES, ...ICNS_ENTRIES.map(([, size]) => size)]);
    for (const size of [...allSizes].sort((a, b) => a - b)) {
      appPng.set(size, await render(appSvgFor(size), size));
      documentPng.set(size, await render(documentSvg, size));
    }

    await mkdir(`${iconsDir}png`, { recursive: true });
    const written = [];
    const write = async (file, data) => {
      await writeFile(file, data);
      written.push(path.relative(repoRoot, file));
    };
    for (const size of LINUX_PNG_SIZES) {
      await write(`${iconsDir}png/${size}x${size}.png`, appPng.get(size));
    }
    await write(`${buildDir}icon.png`, appPng.get(1024));
    await write(`${buildDir}icon.ico`, encodeIco(ICO_SIZES.map((size) => appPng.get(size))));
    await write(`${buildDir}icon.icns`, encodeIcns(ICNS_ENTRIES.map(([type, size]) => [type, appPng.get(size)])));
    await write(`${iconsDir}document.ico`, encodeIco(ICO_SIZES.map((size) => documentPng.get(size))));
    await write(
      `${iconsDir}document.icns`,
      encodeIcns(ICNS_ENTRIES.map(([type, size]) => [type, documentPng.get(size)])),
    );
    console.log(`Wrote ${written.length} icon files:\n  ${written.join('\n  ')}`);
  } finally {
    await browser.close();
  }
}

async function launchChromium() {
  const executablePath = findLocalBrowser()?.executablePath;
  if (!executablePath) throw new Error(localNoBrowserMessage());
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `Cannot start Chromium at ${executablePath} to rasterise the icons. ` +
        'Install Chromium, Chrome or Edge, or set CHROMIUM_PATH.',
      { cause: error },
    );
  }
}

/** Returns (svg, size) => PNG buffer of the SVG drawn at exactly size x size, transparent outside. */
function createRenderer(page) {
  return async (svg, size) => {
    await page.setViewportSize({ width: size, height: size });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img alt="" width="${size}" height="${size}" style="display:block" src="${source}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    assertPngSize(png, size);
    return recompressPng(png);
  };
}

/**
 * Chromium writes PNGs with fast compression; re-deflating the same filtered rows at level 9
 * makes the committed icons about a third smaller, losslessly.
 */
function recompressPng(png) {
  const chunks = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    chunks.push({ type: png.toString('ascii', offset + 4, offset + 8), data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const idat = { type: 'IDAT', data: deflateSync(rows, { level: 9 }) };
  const rebuilt = [];
  for (const chunk of chunks) {
    if (chunk.type !== 'IDAT') rebuilt.push(chunk);
    else if (!rebuilt.includes(idat)) rebuilt.push(idat);
  }
  return Buffer.concat([png.subarray(0, 8), ...rebuilt.map(encodePngChunk)]);
}

function encodePngChunk({ type, data }) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function assertPngSize(png, size) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== size || height !== size) {
    throw new Error(`Rendered ${width}x${height} instead of ${size}x${size}`);
  }
}

/** Windows .ico holding PNG-compressed images (supported since Windows Vista). */
function encodeIco(pngs) {
  const headerSize = 6 + 16 * pngs.length;
  const header = Buffer.alloc(headerSize);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = headerSize;
  pngs.forEach((png, index) => {
    const entry = 6 + 16 * index;
    const size = png.readUInt32BE(16);
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}

/** macOS .icns: 'icns' + total length, then (type, length incl. 8-byte header, PNG data) entries. */
function encodeIcns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
