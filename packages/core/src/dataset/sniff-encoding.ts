/** A file that is not UTF-8 JSON Lines as a whole: what it is instead, and how to convert it. */
export interface EncodingProblem {
  readonly message: string;
  readonly hint: string;
}

/** Enough of the start of a file to tell its encoding and its line ends. */
export const sniffedBytes = 64 * 1024;

function utf16(order: 'LE' | 'BE', withBom: boolean): EncodingProblem {
  return {
    message: `File is UTF-16 ${order}${withBom ? ' (it starts with a UTF-16 byte order mark)' : ''}, not UTF-8: OpenAI reads JSON Lines only as UTF-8.`,
    hint: `Convert it, e.g. iconv -f UTF-16${order} -t UTF-8 in.jsonl > out.jsonl, or save it as "UTF-8" in your editor.`,
  };
}

function utf32(order: 'LE' | 'BE', withBom: boolean): EncodingProblem {
  return {
    message: `File is UTF-32 ${order}${withBom ? ' (it starts with a UTF-32 byte order mark)' : ''}, not UTF-8: OpenAI reads JSON Lines only as UTF-8.`,
    hint: `Convert it, e.g. iconv -f UTF-32${order} -t UTF-8 in.jsonl > out.jsonl, or save it as "UTF-8" in your editor.`,
  };
}

/** Whether most 4-byte units of the sample have zeros in exactly the positions ASCII in UTF-32 has. */
function looksLikeUtf32(head: Uint8Array, sample: number, significant: number): boolean {
  const units = Math.floor(sample / 4);
  if (units < 2) return false;
  let matching = 0;
  for (let unit = 0; unit < units; unit++) {
    let zerosElsewhere = true;
    for (let position = 0; position < 4; position++) {
      if (position !== significant && head[unit * 4 + position] !== 0) zerosElsewhere = false;
    }
    if (zerosElsewhere && head[unit * 4 + significant] !== 0) matching++;
  }
  return matching > (units * 3) / 4;
}

/**
 * Looks at the first bytes of a dataset for what makes every line of it unreadable: UTF-16 or
 * UTF-32 (with or without a byte order mark) or classic Mac line ends (CR only), so one message names the
 * cause instead of one error per line.
 */
export function sniffEncoding(head: Uint8Array): EncodingProblem | undefined {
  // UTF-32 LE's byte order mark starts with UTF-16 LE's: it is told apart first.
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0)
    return utf32('LE', true);
  if (head.length >= 4 && head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)
    return utf32('BE', true);
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return utf16('LE', true);
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return utf16('BE', true);
  const sample = Math.min(head.length, 4096);
  if (looksLikeUtf32(head, sample, 0)) return utf32('LE', false);
  if (looksLikeUtf32(head, sample, 3)) return utf32('BE', false);
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < sample; index++) {
    if (head[index] !== 0) continue;
    if (index % 2 === 0) zerosAtEven++;
    else zerosAtOdd++;
  }
  // ASCII text in UTF-16 has a zero byte in every other position.
  const pairs = Math.floor(sample / 2);
  if (pairs >= 2 && zerosAtOdd > pairs / 4 && zerosAtEven < zerosAtOdd / 8)
    return utf16('LE', false);
  if (pairs >= 2 && zerosAtEven > pairs / 4 && zerosAtOdd < zerosAtEven / 8)
    return utf16('BE', false);
  if (head.indexOf(0x0a) === -1) {
    for (let index = 0; index + 1 < head.length; index++) {
      if (head[index] === 0x0d && head[index + 1] !== 0x0a) {
        return {
          message:
            'File ends its lines with a carriage return only (CR, classic Mac OS), so it reads as one line: JSON Lines needs LF or CRLF line ends.',
          hint: "Convert the line ends, e.g. tr '\\r' '\\n' < in.jsonl > out.jsonl, or choose LF line endings in your editor.",
        };
      }
    }
  }
  return undefined;
}
