import type { App } from 'electron';
import type { AppInfo } from '../shared/contract';

export function electronAppInfo(app: Pick<App, 'getName' | 'getVersion'>): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    runtime: 'electron',
  };
}
