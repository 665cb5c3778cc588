import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** One WebSocket connection, text frames only: enough for Slack's Socket Mode protocol. */
export interface FakeSocket {
  send(text: string): void;
  close(): void;
}

const websocketGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}

/**
 * Serves WebSocket upgrades on `path` of `server` (RFC 6455, text frames, no extensions): a
 * stand-in for Slack's Socket Mode endpoint, written out so the tests need no WebSocket package
 * (which would give the workspace a second copy of the OpenAI SDK through its optional peer).
 */
export function serveWebSockets(options: {
  server: Server;
  path: string;
  onConnection: (socket: FakeSocket) => void;
  onMessage: (socket: FakeSocket, text: string) => void;
  onClose: (socket: FakeSocket) => void;
}): { closeAll(): void } {
  const open = new Set<Duplex>();
  options.server.on('upgrade', (request: IncomingMessage, stream: Duplex) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== options.path) {
      stream.destroy();
      return;
    }
    const key = String(request.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1')
      .update(key + websocketGuid)
      .digest('base64');
    stream.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    open.add(stream);
    const socket: FakeSocket = {
      send: (text) => {
        if (!stream.destroyed) stream.write(frame(0x1, Buffer.from(text, 'utf8')));
      },
      close: () => {
        if (!stream.destroyed) stream.end(frame(0x8, Buffer.alloc(0)));
      },
    };
    let buffered = Buffer.alloc(0);
    let message: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (buffered.length < 2) return;
        const first = buffered[0] as number;
        const second = buffered[1] as number;
        let length = second & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffered.length < 4) return;
          length = buffered.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffered.length < 10) return;
          length = Number(buffered.readBigUInt64BE(2));
          offset = 10;
        }
        const masked = (second & 0x80) !== 0;
        const mask = masked ? buffered.subarray(offset, offset + 4) : undefined;
        if (masked) offset += 4;
        if (buffered.length < offset + length) return;
        const payload = Buffer.from(buffered.subarray(offset, offset + length));
        if (mask !== undefined) {
          for (let index = 0; index < payload.length; index++) {
            payload[index] = (payload[index] as number) ^ (mask[index % 4] as number);
          }
        }
        buffered = buffered.subarray(offset + length);
        const opcode = first & 0x0f;
        if (opcode === 0x8) {
          socket.close();
          return;
        }
        if (opcode === 0x9) {
          stream.write(frame(0xa, payload));
          continue;
        }
        if (opcode === 0x1 || opcode === 0x0) {
          message.push(payload);
          if ((first & 0x80) !== 0) {
            const text = Buffer.concat(message).toString('utf8');
            message = [];
            options.onMessage(socket, text);
          }
        }
      }
    });
    stream.on('close', () => {
      open.delete(stream);
      options.onClose(socket);
    });
    stream.on('error', () => stream.destroy());
    options.onConnection(socket);
  });
  return {
    closeAll() {
      for (const stream of open) stream.destroy();
    },
  };
}
