import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import {
  encodeRepositoryPath,
  type GitHubClient,
  type RepositoryRef,
  statusOf,
} from './github-client.js';

/** A file of the repository at one commit, as the Action could get it. */
export type FileAtCommit =
  | {
      readonly kind: 'file';
      /** Where its bytes are on this runner. */
      readonly localPath: string;
      readonly bytes: number;
      readonly sha256: string;
      /** `raw`: the contents API; `blob`: the Git blobs API; `lfs`: the LFS batch API; `workspace`: a checkout of the commit. */
      readonly via: 'raw' | 'blob' | 'lfs' | 'workspace';
      readonly lfs: boolean;
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly message: string };

/** A parsed Git LFS pointer file. */
export interface LfsPointer {
  readonly oid: string;
  readonly size: number;
}

const lfsPointerPrefix = 'version https://git-lfs.github.com/spec/v1';
/** Git LFS pointers are about 130 bytes; git-lfs refuses pointers over 1024. */
const maxPointerBytes = 1024;

/** Reads a Git LFS pointer, or returns null for any other content. */
export function parseLfsPointer(text: string): LfsPointer | null {
  if (!text.startsWith(lfsPointerPrefix)) return null;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (oid === undefined || size === undefined) return null;
  return { oid, size: Number(size) };
}

interface Download {
  readonly bytes: number;
  readonly sha256: string;
  /** The first bytes, to recognise an LFS pointer. */
  readonly head: Buffer;
}

/** Streams a body to a file, hashing it on the way: a 100 MB dataset never sits in memory. */
async function saveStream(
  body: ReadableStream<Uint8Array> | NodeJS.ReadableStream,
  destination: string,
): Promise<Download> {
  const hash = createHash('sha256');
  let bytes = 0;
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      if (headBytes <= maxPointerBytes) {
        headChunks.push(chunk.subarray(0, maxPointerBytes + 1 - headBytes));
        headBytes += Math.min(chunk.length, maxPointerBytes + 1 - headBytes);
      }
      callback(null, chunk);
    },
  });
  const source =
    'getReader' in body
      ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>)
      : body;
  await pipeline(source, tap, createWriteStream(destination));
  return { bytes, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

function isTooLarge(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403 && status !== 422) return false;
  return /too.?large|too_large/i.test(String((error as Error).message));
}

async function downloadContents(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  path: string;
  ref: string;
  destination: string;
}): Promise<{ download: Download; via: 'raw' | 'blob' } | null> {
  const { octokit, repository, path, ref, destination } = options;
  const route = `GET /repos/{owner}/{repo}/contents/${encodeRepositoryPath(path)}`;
  try {
    const response = await octokit.request(route, {
      ...repository,
      ref,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    });
    const body = response.data as ReadableStream<Uint8Array>;
    const contentType = String(response.headers['content-type'] ?? '');
    if (!/json/i.test(contentType) || /raw/i.test(contentType)) {
      return { download: await saveStream(body, destination), via: 'raw' };
    }
    // A server that ignored the raw media type answered with the JSON form: decode its content.
    const entry: unknown = await new Response(body).json();
    const inline = readInlineContent(entry);
    if (inline === null) return null;
    if (inline.content !== null) {
      return {
        download: await saveStream(Readable.from([inline.content]), destination),
        via: 'raw',
      };
    }
    return { download: await downloadBlob({ ...options, sha: inline.sha }), via: 'blob' };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    if (!isTooLarge(error)) throw error;
  }
  // Past the raw endpoint's limit, the blob of the same file can still be fetched by its SHA.
  const { data: entry } = await octokit.request(route, { ...repository, ref });
  const inline = readInlineContent(entry);
  if (inline === null) return null;
  return { download: await downloadBlob({ ...options, sha: inline.sha }), via: 'blob' };
}

/** The JSON form of a file: its blob SHA, and its bytes when GitHub inlined them (files ≤ 1 MB). */
function readInlineContent(entry: unknown): { sha: string; content: Buffer | null } | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const file = entry as { type?: unknown; sha?: unknown; content?: unknown; encoding?: unknown };
  if (file.type !== undefined && file.type !== 'file') return null;
  if (typeof file.sha !== 'string') return null;
  const inline =
    file.encoding === 'base64' && typeof file.content === 'string' && file.content !== ''
      ? Buffer.from(file.content, 'base64')
      : null;
  return { sha: file.sha, content: inline };
}

async function downloadBlob(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  sha: string;
  destination: string;
}): Promise<Download> {
  const blob = await options.octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    ...options.repository,
    file_sha: options.sha,
    headers: { accept: 'application/vnd.github.raw+json' },
    request: { parseSuccessResponseBody: false },
  });
  return saveStream(blob.data as unknown as ReadableStream<Uint8Array>, options.destination);
}

const run = promisify(execFile);

/** The file from a checkout in the workspace, if the workspace holds exactly this commit with LFS. */
async function readFromWorkspace(options: {
  workspace: string | undefined;
  path: string;
  ref: string;
  pointer: LfsPointer;
}): Promise<string | null> {
  if (options.workspace === undefined || options.workspace === '') return null;
  try {
    const { stdout } = await run('git', ['-C', options.workspace, 'rev-parse', 'HEAD']);
    if (stdout.trim() !== options.ref) return null;
    const localPath = join(options.workspace, options.path);
    const info = await stat(localPath);
    if (!info.isFile() || info.size !== options.pointer.size) return null;
    return (await hashFile(localPath)) === options.pointer.oid ? localPath : null;
  } catch {
    return null;
  }
}

const lfsBatchResponse = (value: unknown) => {
  const objects = (value as { objects?: unknown }).objects;
  if (!Array.isArray(objects)) return undefined;
  return objects[0] as
    | {
        error?: { code?: number; message?: string };
        actions?: { download?: { href?: string; header?: Record<string, string> } };
      }
    | undefined;
};

/** Downloads an LFS object through the repository's LFS batch API (what `git lfs pull` uses). */
async function downloadFromLfs(options: {
  serverUrl: string;
  repository: RepositoryRef;
  token: string | undefined;
  pointer: LfsPointer;
  destination: string;
}): Promise<{ ok: true; download: Download } | { ok: false; reason: string }> {
  const { pointer, repository } = options;
  const url = `${options.serverUrl.replace(/\/$/, '')}/${repository.owner}/${repository.repo}.git/info/lfs/objects/batch`;
  const authorization =
    options.token === undefined
      ? {}
      : {
          authorization: `Basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`,
        };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.git-lfs+json',
        'content-type': 'application/vnd.git-lfs+json',
        ...authorization,
      },
      body: JSON.stringify({
        operation: 'download',
        transfers: ['basic'],
        objects: [{ oid: pointer.oid, size: pointer.size }],
        hash_algo: 'sha256',
      }),
    });
  } catch (error) {
    return {
      ok: false,
      reason: `the LFS server could not be reached (${(error as Error).message})`,
    };
  }
  if (!response.ok) {
    return { ok: false, reason: `the LFS batch API answered ${response.status}` };
  }
  const object = lfsBatchResponse(await response.json());
  const download = object?.actions?.download;
  if (object?.error !== undefined || download?.href === undefined) {
    return {
      ok: false,
      reason: `the LFS server has no such object (${object?.error?.message ?? 'no download link'})`,
    };
  }
  const file = await fetch(download.href, { headers: download.header ?? {} });
  if (!file.ok || file.body === null) {
    return { ok: false, reason: `downloading the LFS object answered ${file.status}` };
  }
  const saved = await saveStream(file.body, options.destination);
  if (saved.sha256 !== pointer.oid || saved.bytes !== pointer.size) {
    return { ok: false, reason: 'the downloaded LFS object does not match its pointer' };
  }
  return { ok: true, download: saved };
}

/**
 * Reads a file of the repository at a commit through the API, never from a checkout of untrusted
 * code: the contents API's raw form (up to 100 MB), the blobs API past its limit, and for a Git LFS
 * pointer the real file from the LFS batch API or from a workspace checkout of exactly `ref`.
 */
export async function readFileAtCommit(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  path: string;
  ref: string;
  /** Where to write the bytes. */
  destination: string;
  serverUrl: string;
  token: string | undefined;
  workspace: string | undefined;
}): Promise<FileAtCommit> {
  const fetched = await downloadContents(options);
  if (fetched === null) return { kind: 'missing' };
  const { download, via } = fetched;
  const pointer =
    download.bytes <= maxPointerBytes ? parseLfsPointer(download.head.toString('utf8')) : null;
  if (pointer === null) {
    return {
      kind: 'file',
      localPath: options.destination,
      bytes: download.bytes,
      sha256: download.sha256,
      via,
      lfs: false,
    };
  }
  const fromWorkspace = await readFromWorkspace({ ...options, pointer });
  if (fromWorkspace !== null) {
    return {
      kind: 'file',
      localPath: fromWorkspace,
      bytes: pointer.size,
      sha256: pointer.oid,
      via: 'workspace',
      lfs: true,
    };
  }
  const lfs = await downloadFromLfs({ ...options, pointer });
  if (lfs.ok) {
    return {
      kind: 'file',
      localPath: options.destination,
      bytes: lfs.download.bytes,
      sha256: lfs.download.sha256,
      via: 'lfs',
      lfs: true,
    };
  }
  return {
    kind: 'unreadable',
    message:
      `${options.path} is a Git LFS pointer (object ${pointer.oid.slice(0, 12)}…, ${pointer.size} bytes), and ${lfs.reason}. ` +
      'The pointer itself is never validated or uploaded. To read the real file, let the workflow token read the repository (`permissions: contents: read`) so the Action can use the LFS batch API, ' +
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user
      'or check out the pull request head with LFS before this step (`actions/checkout` with `ref: ${{ github.event.pull_request.head.sha }}` and `lfs: true`).',
  };
}
