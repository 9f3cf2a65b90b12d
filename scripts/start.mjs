/**
 * `npm start`: runs the compiled service (`dist/`), building it first when it is missing or older than
 * the sources (the first start after a checkout, install or pull). Compiled, the service starts in
 * about half the time and holds ~125 MB less than through tsx; `npm run dev` keeps tsx for development.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'main.js');
const sources = ['src', 'cards', 'tsconfig.json', 'tsconfig.build.json'].map((p) => path.join(root, p));

/** The newest modification time under `file` (a file or a folder), in ms. */
function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((latest, name) => Math.max(latest, newest(path.join(file, name))), stat.mtimeMs);
}

const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
if (sources.some((source) => existsSync(source) && newest(source) > builtAt)) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    if (!builtAt) {
      console.error(
        'dist/ 不存在且无法编译：请先运行 npm run build / dist/ is missing and TypeScript is not installed: run npm run build first',
      );
      process.exit(1);
    }
    console.error(
      'dist/ 早于源代码，但未安装 TypeScript，按现有编译结果启动 / dist/ is older than the sources and TypeScript is not installed: starting the existing build',
    );
  } else {
    console.error('正在编译（npm run build）… / building (npm run build) …');
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
      stdio: 'inherit',
      cwd: root,
    });
  }
}
await import(pathToFileURL(entry).href);
