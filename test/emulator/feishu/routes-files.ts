import { ErrorCodes } from './codes.js';
import { resourceRefs } from './content.js';
import { fail, ok, parseMultipart } from './http.js';
import type { Route, RouteDeps } from './routing.js';

/** Upload limit of doc §7.6. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
const FILE_TYPES = ['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream'];

/** `Content-Disposition` with an RFC 5987 name so Chinese file names survive. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|"/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** File upload (doc §7.6) and the message-resource download of user-sent files (doc §7.7). */
export function fileRoutes(deps: RouteDeps): Route[] {
  const { state } = deps;
  return [
    {
      method: 'POST',
      pattern: /^\/open-apis\/im\/v1\/files\/?$/,
      api: 'file_upload',
      auth: true,
      handle: (ctx) => {
        const form = parseMultipart(ctx.req.headers['content-type'], ctx.body);
        if (!form) return fail('upload_not_multipart', ErrorCodes.fileInvalidParam, 'expected multipart/form-data');
        const field = (name: string) => form.get(name)?.data.toString('utf8');
        const fileType = field('file_type') ?? '';
        const fileName = field('file_name') ?? '';
        const file = form.get('file');
        if (!FILE_TYPES.includes(fileType)) return fail('upload_bad_file_type', ErrorCodes.fileInvalidParam);
        if (fileName === '' || !file) return fail('upload_missing_field', ErrorCodes.fileInvalidParam);
        if (file.data.length === 0) return fail('upload_empty', ErrorCodes.fileEmpty);
        if (file.data.length > MAX_UPLOAD_BYTES) return fail('upload_too_large', ErrorCodes.fileTooLarge);
        const duration = field('duration');
        const record = {
          fileKey: state.newId('file_v3_00'),
          appId: ctx.appId,
          fileType,
          fileName,
          bytes: file.data,
          ...(duration !== undefined && { duration: Number(duration) }),
          at: ctx.now,
        };
        state.uploads.push(record);
        state.uploadedFiles.set(record.fileKey, record);
        return ok({ file_key: record.fileKey });
      },
    },
    {
      method: 'GET',
      pattern: /^\/open-apis\/im\/v1\/messages\/(?<message_id>[^/]+)\/resources\/(?<file_key>[^/]+)\/?$/,
      api: 'resource',
      auth: true,
      handle: (ctx) => {
        const type = ctx.url.searchParams.get('type');
        if (type !== 'file' && type !== 'image') return fail('resource_bad_type', ErrorCodes.fileInvalidParam);
        const message = state.messages.get(ctx.params.message_id ?? '');
        if (!message) return fail('unknown_message', ErrorCodes.fileInvalidParam, 'message_id not found');
        if (!state.chats.get(message.chat_id)?.botAppIds.has(ctx.appId)) {
          return fail('bot_not_in_chat', ErrorCodes.botNotInChat);
        }
        if (message.msg_type === 'interactive' || message.msg_type === 'merge_forward') {
          return fail('resource_unsupported', ErrorCodes.resourceUnsupported);
        }
        const key = ctx.params.file_key ?? '';
        const ref = resourceRefs(message.msg_type, message.content).find((r) => r.key === key);
        if (!ref) return fail('resource_not_in_message', ErrorCodes.fileNotInMessage);
        if (ref.type !== type)
          return fail('resource_type_mismatch', ErrorCodes.fileInvalidParam, `use type=${ref.type}`);
        const upload = state.uploadedFiles.get(key);
        const resource =
          state.resources.get(key) ??
          (upload && { bytes: upload.bytes, fileName: upload.fileName, contentType: 'application/octet-stream' });
        if (!resource) return fail('resource_missing', ErrorCodes.fileNotInMessage, '(no bytes registered)');
        return {
          status: 200,
          headers: {
            'Content-Type': resource.contentType,
            'Content-Disposition': contentDisposition(resource.fileName),
          },
          body: resource.bytes,
        };
      },
    },
  ];
}
