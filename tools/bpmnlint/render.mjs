// Renders each processes/*.bpmn to docs/processes/<name>.png with bpmn-js's viewer in Debian's
// headless Chromium (no browser download): `npm ci && node render.mjs` from this folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const processes = join(root, 'processes');
const out = join(root, 'docs/processes');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const viewer = join(here, 'node_modules/bpmn-js/dist');
const margin = 30;

mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'bpmn-render-'));

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map(f => resolve(f))
  : readdirSync(processes).filter(f => f.endsWith('.bpmn')).map(f => join(processes, f));

for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  const box = diagramBox(xml);
  const width = Math.ceil(box.maxX - box.minX + 2 * margin);
  const height = Math.ceil(box.maxY - box.minY + 2 * margin);
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(join(viewer, 'assets/diagram-js.css'))}">
<link rel="stylesheet" href="${pathToFileURL(join(viewer, 'assets/bpmn-js.css'))}">
<style>html, body { margin: 0; background: white; } #canvas { width: ${width}px; height: ${height}px; }</style>
</head><body><div id="canvas"></div>
<script type="text/xml" id="xml">${xml.replace(/<\?xml[^>]*\?>/, '')}</script>
<script src="${pathToFileURL(join(viewer, 'bpmn-viewer.production.min.js'))}"></script>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(document.getElementById('xml').textContent).then(() => {
    viewer.get('canvas').viewbox({ x: ${box.minX - margin}, y: ${box.minY - margin}, width: ${width}, height: ${height} });
  }).catch(e => { document.body.textContent = 'import failed: ' + e.message; });
</script></body></html>`;
  const page = join(work, basename(file, '.bpmn') + '.html');
  writeFileSync(page, html);
  const png = join(out, basename(file, '.bpmn') + '.png');
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
    '--allow-file-access-from-files', '--force-device-scale-factor=1', '--virtual-time-budget=5000',
    `--window-size=${width},${height}`, `--screenshot=${png}`, pathToFileURL(page).href],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  console.log(`${png} (${width}x${height})`);
}
rmSync(work, { recursive: true, force: true });

// The bounding box of every shape, edge waypoint and label in the diagram interchange.
function diagramBox(xml) {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = (x1, y1, x2, y2) => {
    box.minX = Math.min(box.minX, x1); box.minY = Math.min(box.minY, y1);
    box.maxX = Math.max(box.maxX, x2); box.maxY = Math.max(box.maxY, y2);
  };
  for (const m of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    const [x, y, w, h] = m.slice(1).map(Number);
    grow(x, y, x + w, y + h);
  }
  for (const m of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
    const [x, y] = m.slice(1).map(Number);
    grow(x, y, x, y);
  }
  return box;
}
