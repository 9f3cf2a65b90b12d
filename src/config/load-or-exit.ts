import { existsSync } from 'node:fs';
import { ConfigError, loadEnv, type Env } from './env.js';

/**
 * The configuration of a command-line entry point (`npm start` and the CLIs): a `.env` file in the
 * working directory is read with Node's own loader, then the environment is validated. A bad value
 * prints its one-line message and exits 1 — never a stack trace.
 */
export function loadEnvOrExit(): Env {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
