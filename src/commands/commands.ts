// Ribbon commands. The Home-tab button opens the task pane through the manifest
// (ShowTaskpane), so no function commands are registered yet; Office still needs the page.
const office = (globalThis as { Office?: typeof Office }).Office;
void office?.onReady(() => undefined);
