/**
 * The application menu as data. Items that belong to the report send a MenuCommand to the renderer
 * (which owns the workflow); editing and view items use Electron's built-in roles. Only types come
 * from electron, so the template is tested under Node.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

export interface MenuTemplateOptions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  platform: NodeJS.Platform;
  /** reload and developer tools only while developing */
  development: boolean;
}

function command(
  label: string,
  accelerator: string,
  send: MenuTemplateOptions['send'],
  which: MenuCommand,
): MenuItemConstructorOptions {
  return { id: `command:${which}`, label, accelerator, click: () => send(which) };
}

export function createMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { send } = options;
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu', label: '政府信息公开年报助手' });
  template.push(
    {
      label: '文件',
      submenu: [
        command('新建', 'CmdOrCtrl+N', send, 'new'),
        command('打开…', 'CmdOrCtrl+O', send, 'open'),
        { type: 'separator' },
        command('导出 Word', 'CmdOrCtrl+E', send, 'export-docx'),
        command('导出 PDF', 'CmdOrCtrl+Shift+E', send, 'export-pdf'),
        command('打印…', 'CmdOrCtrl+P', send, 'print'),
        { type: 'separator' },
        { role: 'quit', label: '退出', accelerator: isMac ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...(options.development
          ? ([
              { type: 'separator' },
              { role: 'reload', label: '重新加载' },
              { role: 'toggleDevTools', label: '开发者工具' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: '帮助',
      role: 'help',
      submenu: [{ id: 'about', label: '关于政府信息公开年报助手', click: () => options.showAbout() }],
    },
  );
  return template;
}
