import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/api';
import { createMenuTemplate } from '../../../electron/main/menu-template';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function build(platform: NodeJS.Platform = 'win32', development = false) {
  const sent: MenuCommand[] = [];
  let about = 0;
  const template = createMenuTemplate({ send: (c) => sent.push(c), showAbout: () => about++, platform, development });
  return { template, sent, aboutCount: () => about };
}

function click(item: MenuItemConstructorOptions) {
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it('has the Chinese top-level menus in order', () => {
    expect(build().template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('file menu: 新建、打开、导出 Word、导出 PDF、打印、退出 with their shortcuts', () => {
    const file = submenu(build().template[0]).filter((i) => i.type !== 'separator');
    expect(file.map((i) => [i.label, i.accelerator])).toEqual([
      ['新建', 'CmdOrCtrl+N'],
      ['打开…', 'CmdOrCtrl+O'],
      ['导出 Word', 'CmdOrCtrl+E'],
      ['导出 PDF', 'CmdOrCtrl+Shift+E'],
      ['打印…', 'CmdOrCtrl+P'],
      ['退出', 'Ctrl+Q'],
    ]);
    expect(file.at(-1)!.role).toBe('quit');
  });

  it('each file item sends its own command, once', () => {
    const { template, sent } = build();
    const expected: Record<string, MenuCommand> = {
      新建: 'new',
      '打开…': 'open',
      '导出 Word': 'export-docx',
      '导出 PDF': 'export-pdf',
      '打印…': 'print',
    };
    for (const item of submenu(template[0])) {
      if (item.label && item.label in expected) {
        sent.length = 0;
        click(item);
        expect(sent).toEqual([expected[item.label]]);
      }
    }
    const covered = new Set(Object.values(expected));
    expect([...covered].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('edit menu uses the standard roles so copy and paste work in inputs', () => {
    const roles = submenu(build().template[1])
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(
      submenu(build().template[1]).every((i) => i.type === 'separator' || /[\u4e00-\u9fff]/.test(i.label ?? '')),
    ).toBe(true);
  });

  it('developer tools only while developing', () => {
    const roles = (dev: boolean) => submenu(build('linux', dev).template[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('help › 关于 calls showAbout; macOS gets its app menu first', () => {
    const { template, aboutCount } = build();
    click(submenu(template[3])[0]!);
    expect(aboutCount()).toBe(1);
    expect(build('darwin').template[0]!.role).toBe('appMenu');
    expect(submenu(build('darwin').template[1]).at(-1)!.accelerator).toBe('Cmd+Q');
  });
});
