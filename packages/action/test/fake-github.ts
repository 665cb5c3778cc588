import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the Action sent to the fake GitHub, as the tests assert on it. */
export interface RecordedCall {
  readonly method: string;
  /** Path without the query string, decoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly accept: string;
  readonly authorization: string;
  readonly body: unknown;
  status?: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}

export interface FakeChangedFile {
  readonly filename: string;
  readonly status: 'added' | 'modified' | 'removed' | 'renamed';
}

/** File contents: bytes, or a generator for large files that should not sit in memory twice. */
export type FakeContent =
  | Buffer
  | { readonly size: number; readonly stream: () => AsyncIterable<Buffer> };

export interface FakeGitHub {
  readonly url: string;
  readonly calls: RecordedCall[];
  readonly comments: FakeComment[];
  /** Files of each commit: `sha → path → content`. */
  readonly commits: Map<string, Map<string, FakeContent>>;
  pullRequestFiles: FakeChangedFile[];
  mergeBase: string;
  /** Git LFS objects by oid, served by the batch API. */
  readonly lfsObjects: Map<string, Buffer>;
  /** Answer 403 to creating and updating comments, as for a fork's read-only token. */
  forbidComments: boolean;
  /** Whether the contents API honours the raw media type; when false it always answers JSON. */
  rawContents: boolean;
  /** Called before a created comment is stored (a concurrent run can be simulated here). */
  onCommentCreated?: ((comment: FakeComment) => void) | undefined;
  labels: string[];
  close(): Promise<void>;
  callsTo(method: string, pattern: RegExp): RecordedCall[];
}

const pageSize = (query: URLSearchParams) => Math.min(100, Number(query.get('per_page') ?? 30));

function gitBlobSha(content: FakeContent): string {
  if (!Buffer.isBuffer(content))
    return createHash('sha1').update(`large:${content.size}`).digest('hex');
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function json(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(value));
}

/**
 * A local stand-in for GitHub's REST API (and its Git LFS batch API), serving what the Action reads
 * and writes and recording every call.
 */
export async function startFakeGitHub(options: {
  owner: string;
  repo: string;
}): Promise<FakeGitHub> {
  const calls: RecordedCall[] = [];
  const comments: FakeComment[] = [];
  const commits = new Map<string, Map<string, FakeContent>>();
  const lfsObjects = new Map<string, Buffer>();
  let nextCommentId = 1000;
  const takeCommentId = () => nextCommentId++;
  let url = '';

  const paginate = <T>(
    response: ServerResponse,
    query: URLSearchParams,
    path: string,
    items: readonly T[],
  ) => {
    const size = pageSize(query);
    const page = Number(query.get('page') ?? 1);
    const slice = items.slice((page - 1) * size, page * size);
    const headers: Record<string, string> = {};
    if (page * size < items.length) {
      const next = new URL(`${url}${path}`);
      next.searchParams.set('per_page', String(size));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    json(response, 200, slice, headers);
  };

  const streamContent = async (response: ServerResponse, content: FakeContent) => {
    response.writeHead(200, {
      'content-type': 'application/vnd.github.raw; charset=utf-8',
      'content-length': String(Buffer.isBuffer(content) ? content.length : content.size),
    });
    if (Buffer.isBuffer(content)) {
      response.end(content);
      return;
    }
    for await (const chunk of content.stream()) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  };

  const handle = async (response: ServerResponse, call: RecordedCall) => {
    const { method, path, query } = call;
    const fake = state;
    if (method === 'GET' && path === '/user') {
      return json(response, 403, { message: 'Resource not accessible by integration' });
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path);
    if (method === 'GET' && match) return paginate(response, query, path, fake.pullRequestFiles);
    match = /^\/repos\/[^/]+\/[^/]+\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(path);
    if (method === 'GET' && match) {
      return json(response, 200, {
        merge_base_commit: { sha: fake.mergeBase },
        files: fake.pullRequestFiles,
      });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path);
    if (method === 'GET' && match) {
      const files = commits.get(query.get('ref') ?? '');
      const content = files?.get(match[1] as string);
      if (content === undefined) return json(response, 404, { message: 'Not Found' });
      if (call.accept.includes('raw') && fake.rawContents) return streamContent(response, content);
      const size = Buffer.isBuffer(content) ? content.length : content.size;
      return json(response, 200, {
        type: 'file',
        path: match[1],
        size,
        sha: gitBlobSha(content),
        encoding: size <= 1024 * 1024 && Buffer.isBuffer(content) ? 'base64' : 'none',
        content: size <= 1024 * 1024 && Buffer.isBuffer(content) ? content.toString('base64') : '',
      });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]+)$/.exec(path);
    if (method === 'GET' && match) {
      for (const files of commits.values()) {
        for (const content of files.values()) {
          if (gitBlobSha(content) === match[1]) return streamContent(response, content);
        }
      }
      return json(response, 404, { message: 'Not Found' });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]+)$/.exec(path);
    if (method === 'GET' && match) {
      const files = commits.get(match[1] as string) ?? new Map();
      return json(response, 200, {
        sha: match[1],
        truncated: false,
        tree: [...files.keys()].map((file) => ({ path: file, type: 'blob', mode: '100644' })),
      });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (match && method === 'GET') return paginate(response, query, path, comments);
    if (match && method === 'POST') {
      if (fake.forbidComments)
        return json(response, 403, { message: 'Resource not accessible by integration' });
      const id = takeCommentId();
      const comment: FakeComment = {
        id,
        body: String((call.body as { body?: unknown }).body),
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: `https://github.com/${options.owner}/${options.repo}/pull/${match[1]}#issuecomment-${id}`,
      };
      fake.onCommentCreated?.(comment);
      comments.push(comment);
      return json(response, 201, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (match && method === 'DELETE') {
      const index = comments.findIndex((candidate) => candidate.id === Number(match?.[1]));
      if (index === -1) return json(response, 404, { message: 'Not Found' });
      comments.splice(index, 1);
      response.writeHead(204);
      response.end();
      return;
    }
    if (match && method === 'PATCH') {
      if (fake.forbidComments)
        return json(response, 403, { message: 'Resource not accessible by integration' });
      const comment = comments.find((candidate) => candidate.id === Number(match?.[1]));
      if (comment === undefined) return json(response, 404, { message: 'Not Found' });
      comment.body = String((call.body as { body?: unknown }).body);
      return json(response, 200, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels\/(.+)$/.exec(path);
    if (match && method === 'DELETE') {
      const name = match[2] as string;
      if (!fake.labels.includes(name))
        return json(response, 404, { message: 'Label does not exist' });
      fake.labels = fake.labels.filter((label) => label !== name);
      return json(
        response,
        200,
        fake.labels.map((label) => ({ name: label })),
      );
    }
    if (
      method === 'POST' &&
      path === `/${options.owner}/${options.repo}.git/info/lfs/objects/batch`
    ) {
      const objects = (
        (call.body as { objects?: { oid: string; size: number }[] }).objects ?? []
      ).map((object) =>
        lfsObjects.has(object.oid)
          ? {
              ...object,
              authenticated: true,
              actions: {
                download: {
                  href: `${url}/lfs-objects/${object.oid}`,
                  header: { authorization: 'RemoteAuth lfs-download-token' },
                },
              },
            }
          : { ...object, error: { code: 404, message: 'Object does not exist' } },
      );
      return json(
        response,
        200,
        { transfer: 'basic', objects },
        { 'content-type': 'application/vnd.git-lfs+json' },
      );
    }
    match = /^\/lfs-objects\/([0-9a-f]{64})$/.exec(path);
    if (method === 'GET' && match) {
      const object = lfsObjects.get(match[1] as string);
      if (object === undefined || call.authorization !== 'RemoteAuth lfs-download-token') {
        return json(response, 404, { message: 'Not Found' });
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(object);
      return;
    }
    json(response, 404, { message: `Not Found (fake GitHub has no ${method} ${path})` });
  };

  const server: Server = createServer((request, response) => {
    const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
    void readBody(request).then(async (body) => {
      const call: RecordedCall = {
        method: request.method ?? 'GET',
        path: decodeURIComponent(parsed.pathname),
        query: parsed.searchParams,
        accept: String(request.headers.accept ?? ''),
        authorization: String(request.headers.authorization ?? ''),
        body,
      };
      calls.push(call);
      response.on('finish', () => {
        call.status = response.statusCode;
      });
      try {
        await handle(response, call);
      } catch (error) {
        json(response, 500, { message: String(error) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: FakeGitHub = {
    url,
    calls,
    comments,
    commits,
    pullRequestFiles: [],
    mergeBase: randomBytes(20).toString('hex'),
    lfsObjects,
    forbidComments: false,
    rawContents: true,
    labels: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    callsTo: (method, pattern) =>
      calls.filter((call) => call.method === method && pattern.test(call.path)),
  };
  return state;
}

/** Puts files into the fake repository at a commit. */
export function commitFiles(
  fake: FakeGitHub,
  sha: string,
  files: Record<string, FakeContent>,
): void {
  const existing = fake.commits.get(sha) ?? new Map<string, FakeContent>();
  for (const [path, content] of Object.entries(files)) existing.set(path, content);
  fake.commits.set(sha, existing);
}
