import { sandboxEnabled } from '../../config/env.js';
import type { Platform, PlatformModule } from '../receiver.js';
import { SandboxAdapter } from './adapter.js';
import { sandboxRoutes } from './routes.js';

/**
 * The sandbox chat (`npm run chat`): on when `sandboxEnabled(env)`. Receives through loopback-only
 * routes; its adapter keeps an in-memory outbox the chat client long-polls.
 */
export const sandboxPlatform: PlatformModule = {
  name: 'SANDBOX',
  configured: (env) => sandboxEnabled(env),
  createAdapter: (_env, deps) => new SandboxAdapter(deps.clock),
  create(_env, deps): Platform {
    const adapter = new SandboxAdapter(deps.clock);
    return {
      adapter,
      mode: 'loopback',
      receivers: ({ bot, log }) => [{ routes: sandboxRoutes({ core: bot, adapter, log }) }],
    };
  },
};
