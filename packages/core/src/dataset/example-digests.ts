import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TunelineError } from '../errors/tuneline-error.js';
import { DigestTable } from './digest-table.js';

/** Digests kept in memory before they go to disk: about 32 MB, more examples than most datasets have. */
const defaultMaxDigestsInMemory = 2_000_000;
/** Spilled digests are split by their top bits, so each part fits in memory on its own. */
const partitionBits = 6;
const partitionCount = 1 << partitionBits;
/** Each record is three 32-bit words: the digest's high and low halves, then the line. */
const wordsPerRecord = 3;
const recordsPerWrite = 4096;

/** Called with a duplicate line and the line it copies (or, across files, the other file's line). */
export type MatchVisitor = (line: number, firstLine: number) => void;

/**
 * The digest of every example of a file with its first line, to find duplicates within the file
 * and across a training and a validation file. Up to a budget they are a table in memory, which
 * finds a duplicate as its line is read. Past it they go to temporary files, split by digest, and
 * duplicates are found when the file is done, one part at a time: memory stays flat however many
 * examples a file has, at the cost of about 12 bytes of disk an example.
 */
export class ExampleDigests {
  private table: DigestTable | undefined = new DigestTable();
  private spill: SpilledRecords | undefined;

  constructor(
    private readonly options: {
      readonly maxDigestsInMemory?: number;
      readonly temporaryDirectory?: string;
    } = {},
  ) {}

  /** The memory the digests take, in bytes: their table, or once on disk, the write buffers. */
  get byteLength(): number {
    return this.table?.byteLength ?? (this.spill as SpilledRecords).bufferByteLength;
  }

  /** Where temporary files go. */
  get temporaryDirectory(): string {
    return this.options.temporaryDirectory ?? tmpdir();
  }

  /** Whether the digests went to disk, so that duplicates are found by `forEachSpilledDuplicate`. */
  get spilled(): boolean {
    return this.spill !== undefined;
  }

  /**
   * Records an example's digest; returns the line it first appeared on, if it did, while the
   * digests are in memory. Once spilled, every record goes to disk and this returns nothing.
   */
  add(highBits: number, lowBits: number, line: number): number | undefined {
    if (this.table === undefined) {
      (this.spill as SpilledRecords).write(highBits, lowBits, line);
      return undefined;
    }
    const firstLine = this.table.addIfAbsent(highBits, lowBits, line);
    if (this.table.size > (this.options.maxDigestsInMemory ?? defaultMaxDigestsInMemory)) {
      this.spillToDisk(this.table);
    }
    return firstLine;
  }

  /** The first line of a digest, while the digests are in memory. */
  lineOf(highBits: number, lowBits: number): number | undefined {
    return this.table?.lineOf(highBits, lowBits);
  }

  /** Visits every duplicate among the spilled records, part by part, each part in line order. */
  forEachSpilledDuplicate(visit: MatchVisitor): void {
    const spill = this.spill;
    if (spill === undefined) return;
    spill.flush();
    for (let partition = 0; partition < partitionCount; partition++) {
      const table = new DigestTable();
      spill.forEachRecord(partition, (highBits, lowBits, line) => {
        const firstLine = table.addIfAbsent(highBits, lowBits, line);
        if (firstLine !== undefined) visit(line, firstLine);
      });
    }
  }

  /**
   * Visits every record of `candidates` whose digest is also here, with the line it has here;
   * both must have spilled, or this one at least (a table in memory is looked up as lines come).
   */
  forEachSpilledMatch(candidates: SpilledRecords, visit: MatchVisitor): void {
    const spill = this.spill;
    if (spill === undefined) return;
    spill.flush();
    candidates.flush();
    for (let partition = 0; partition < partitionCount; partition++) {
      const table = new DigestTable();
      spill.forEachRecord(partition, (highBits, lowBits, line) => {
        table.addIfAbsent(highBits, lowBits, line);
      });
      candidates.forEachRecord(partition, (highBits, lowBits, line) => {
        const here = table.lineOf(highBits, lowBits);
        if (here !== undefined) visit(line, here);
      });
    }
  }

  /** Removes the temporary files, if any. */
  dispose(): void {
    this.spill?.dispose();
  }

  private spillToDisk(table: DigestTable): void {
    const spill = new SpilledRecords(this.temporaryDirectory);
    // The table holds each digest once, with its first line: written first, they come before
    // every later line of their part, which is all that finding first lines needs.
    table.forEachDigest((highBits, lowBits, line) => {
      spill.write(highBits, lowBits, line);
    });
    this.table = undefined;
    this.spill = spill;
  }
}

const spillPrefix = 'tuneline-digests-';
const spillName = new RegExp(`^${spillPrefix}(\\d+)-`);
/** A validation never runs this long: older files of a process that is gone were left by a kill. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of validations killed by a signal (which skips `exit` handlers):
 * their folder names the process, and only a day-old folder of a process that is gone is removed.
 */
function removeAbandonedSpills(parent: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(spillName.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      const folder = join(parent, name);
      if (now - statSync(folder).mtimeMs > abandonedAfterMs) {
        rmSync(folder, { recursive: true, force: true });
      }
    } catch {
      // Another process removed it first, or it is not ours to remove: either way, leave it.
    }
  }
}

/** Digest records in temporary files, one per part of the digest space, appended in line order. */
export class SpilledRecords {
  private readonly directory: string;
  private readonly files: number[] = [];
  private readonly buffers = Array.from(
    { length: partitionCount },
    () => new Uint32Array(recordsPerWrite * wordsPerRecord),
  );
  private readonly buffered = new Uint32Array(partitionCount);
  private readonly removeOnExit = () => this.dispose();

  constructor(parent: string, now = Date.now()) {
    removeAbandonedSpills(parent, now);
    try {
      this.directory = mkdtempSync(join(parent, `${spillPrefix}${process.pid}-`));
      for (let partition = 0; partition < partitionCount; partition++) {
        this.files.push(openSync(join(this.directory, `${partition}.bin`), 'w+'));
      }
    } catch (error) {
      throw spillError(parent, error);
    }
    process.once('exit', this.removeOnExit);
  }

  get bufferByteLength(): number {
    return partitionCount * recordsPerWrite * wordsPerRecord * Uint32Array.BYTES_PER_ELEMENT;
  }

  write(highBits: number, lowBits: number, line: number): void {
    const partition = highBits >>> (32 - partitionBits);
    const buffer = this.buffers[partition] as Uint32Array;
    const at = (this.buffered[partition] as number) * wordsPerRecord;
    buffer[at] = highBits;
    buffer[at + 1] = lowBits;
    buffer[at + 2] = line;
    this.buffered[partition] = (this.buffered[partition] as number) + 1;
    if (this.buffered[partition] === recordsPerWrite) this.flushPartition(partition);
  }

  flush(): void {
    for (let partition = 0; partition < partitionCount; partition++) this.flushPartition(partition);
  }

  forEachRecord(
    partition: number,
    visit: (highBits: number, lowBits: number, line: number) => void,
  ): void {
    const bytes = readFileSync(join(this.directory, `${partition}.bin`));
    // A small file's bytes may sit in Buffer's shared pool at an offset 32-bit words cannot start at.
    const records =
      bytes.byteOffset % 4 === 0
        ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
        : new Uint32Array(Uint8Array.from(bytes).buffer);
    for (let at = 0; at < records.length; at += wordsPerRecord) {
      visit(records[at] as number, records[at + 1] as number, records[at + 2] as number);
    }
  }

  dispose(): void {
    process.removeListener('exit', this.removeOnExit);
    for (const file of this.files.splice(0)) closeSync(file);
    rmSync(this.directory, { recursive: true, force: true });
  }

  private flushPartition(partition: number): void {
    const records = this.buffered[partition] as number;
    if (records === 0) return;
    const buffer = this.buffers[partition] as Uint32Array;
    const bytes = new Uint8Array(buffer.buffer, 0, records * wordsPerRecord * 4);
    try {
      for (let written = 0; written < bytes.length; ) {
        written += writeSync(this.files[partition] as number, bytes, written);
      }
    } catch (error) {
      throw spillError(this.directory, error);
    }
    this.buffered[partition] = 0;
  }
}

function spillError(directory: string, error: unknown): TunelineError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new TunelineError(
    'temporary_files_unwritable',
    `Cannot write the duplicate check's temporary files in ${directory} (${reason}).`,
    {
      cause: error,
      hint: 'A file of millions of examples needs about 12 bytes of disk an example there: free some space, or point TMPDIR at a disk that has it.',
    },
  );
}
