import protobuf from 'protobufjs';

/** One header of a frame. */
export interface FrameHeader {
  key: string;
  value: string;
}

/** `pbbp2.Frame`, the long-connection message (doc §10.2). */
export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  /** 0 control (ping/pong), 1 data (events and their acks). */
  method: number;
  headers: FrameHeader[];
  payloadEncoding?: string;
  payloadType?: string;
  payload?: Uint8Array;
  LogIDNew?: string;
}

/** The schema the SDK's generated code encodes (`node_modules/@larksuiteoapi/node-sdk/lib/index.js`). */
const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const FrameType = root.lookupType('pbbp2.Frame');

/** Encodes a frame as the SDK's `pbbp2.Frame.encode` does. */
export function encodeFrame(frame: Frame): Buffer {
  return Buffer.from(FrameType.encode(FrameType.fromObject(frame)).finish());
}

/** Decodes a frame sent by the SDK; 64-bit ids come back as numbers. */
export function decodeFrame(data: Buffer): Frame {
  return FrameType.toObject(FrameType.decode(data), { longs: Number, defaults: true }) as Frame;
}

/** The value of a frame header. */
export function headerOf(frame: Frame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}
