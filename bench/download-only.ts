/** `npm run bench:download`: only the download benchmark of `npm run bench` (see download.ts). */
import { buildLib } from './build.js';
import { printDownload, runDownload } from './download.js';

buildLib();
printDownload(await runDownload());
