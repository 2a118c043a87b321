#!/usr/bin/env node
// `npm test`'s very first step: the build tools (Vite 8, electron-vite 6) need Node 20.19+ or
// 22.12+, and on an older Node they fail with an error about syntax or `require` that names no
// version. Say it plainly instead. Kept to syntax any Node still in use can parse.
const parts = process.versions.node.split('.').map(Number);
const major = parts[0];
const minor = parts[1];
const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
if (!supported) {
  console.error(
    '\nEndfirst needs Node 20.19 or newer (22.12 or newer to run the app with npm start); this is Node ' +
      process.versions.node +
      '. Install a current Node LTS from https://nodejs.org (or with nvm: nvm install --lts), then run npm install and npm test again.\n',
  );
  process.exit(1);
}
