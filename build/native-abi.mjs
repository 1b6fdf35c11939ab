// Which Node/Electron ABI a native addon was built for, read from the addon itself: a NAN/V8 addon
// such as better-sqlite3 exports `node_register_module_v<ABI>`. This works for compiled and downloaded
// (prebuilt) addons alike, and catches the silent false positive of @electron/rebuild with
// nodedir=/usr, which labels a Node-ABI build as Electron's (TOOLCHAIN.md, pitfall 3).
import { readFileSync } from 'node:fs';

const MARKER = 'node_register_module_v';

/** The ABI number in the addon, or null when the file carries no marker (N-API addons, not addons). */
export function addonAbi(file) {
  const text = readFileSync(file).toString('latin1');
  const match = new RegExp(`${MARKER}(\\d+)`).exec(text);
  return match ? Number(match[1]) : null;
}

/** Throws a loud, explained error unless the addon matches the wanted ABI. */
export function assertAddonAbi(file, wantedAbi, runtimeName) {
  const found = addonAbi(file);
  if (found !== Number(wantedAbi)) {
    throw new Error(
      `原生模块 ${file} 的 ABI 是 ${found ?? '未知'}，而 ${runtimeName} 需要 ${wantedAbi}：不能使用这个构建。` +
        '（常见原因：~/.npmrc 中的 nodedir 让 @electron/rebuild 按本机 Node 的头文件编译；' +
        '请在能访问 electronjs.org 的机器上删除 .electron-native/ 后重新运行 npm start。）',
    );
  }
  return found;
}
