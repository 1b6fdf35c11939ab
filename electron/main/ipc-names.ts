/** The one event channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'nianbao:menu-command';
