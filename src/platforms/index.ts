import { dingtalkPlatform } from './dingtalk/platform.js';
import { feishuPlatform } from './feishu/platform.js';
import type { PlatformModule } from './receiver.js';
import { sandboxPlatform } from './sandbox/platform.js';

/**
 * THE list of chat platforms, in the order notices prefer them when nothing else decides (real
 * platforms before the sandbox). A new platform is one folder with a `PlatformModule` and one line here.
 */
export const platformModules: readonly PlatformModule[] = [feishuPlatform, dingtalkPlatform, sandboxPlatform];
