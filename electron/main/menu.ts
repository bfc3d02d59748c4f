// The application menu in Chinese. Standard actions use Electron roles; 关于 calls back into main,
// which shows a message box. Nothing here opens links or takes text from the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import { appTitle } from './window-options';

export interface MenuActions {
  showAbout: () => void;
}

const noActions: MenuActions = { showAbout: () => {} };

function macAppMenu(actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: appTitle,
    submenu: [
      { label: `关于${appTitle}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { label: '隐藏', role: 'hide' },
      { label: '隐藏其他', role: 'hideOthers' },
      { label: '全部显示', role: 'unhide' },
      { type: 'separator' },
      { label: '退出', role: 'quit' },
    ],
  };
}

function fileMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '文件',
    submenu: [isMac ? { label: '关闭窗口', role: 'close' } : { label: '退出', role: 'quit' }],
  };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  };
}

function viewMenu(): MenuItemConstructorOptions {
  return {
    label: '视图',
    submenu: [
      { label: '重新加载', role: 'reload' },
      { type: 'separator' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: '帮助',
    role: 'help',
    submenu: [{ label: '关于', click: () => actions.showAbout() }],
  };
}

export function applicationMenuTemplate(
  isMac: boolean,
  actions: MenuActions = noActions,
): MenuItemConstructorOptions[] {
  const menus = [fileMenu(isMac), editMenu(), viewMenu(), helpMenu(actions)];
  return isMac ? [macAppMenu(actions), ...menus] : menus;
}
