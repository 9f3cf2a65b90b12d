/**
 * P1's baseline: bare Koa and the official SDK's EventDispatcher doing nothing — the same decryption
 * and signature work the SDK does for every event, and no database, no bot. Run as its own process:
 * `tsx bench/baseline-server.ts <port> <encryptKey> <verificationToken>`; prints `ready` when listening.
 */
import * as lark from '@larksuiteoapi/node-sdk';
import Koa from 'koa';

const [port = '0', encryptKey = '', verificationToken = ''] = process.argv.slice(2);
const dispatcher = new lark.EventDispatcher({ encryptKey, verificationToken, loggerLevel: lark.LoggerLevel.error });
dispatcher.register({ 'im.message.receive_v1': async () => undefined });
const app = new Koa();
app.use(lark.adaptKoa('/webhook/feishu/event', dispatcher, { autoChallenge: true }));
app.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
