import { decodeWindows1252 } from '../../../shared/import/decodeText';

export interface FileText {
  text: string;
  /** Number of bytes that were not valid UTF-8 (read as Windows-1252, e.g. a Latin-1 "é" typed in an old editor). */
  invalidBytes: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The data file's bytes as text. Valid UTF-8 (the only thing Relance writes) is decoded as is; any
 * byte that is not part of a valid UTF-8 sequence is read as Windows-1252 instead of being replaced
 * by U+FFFD, so "é" typed in a Latin-1 editor comes back as "é". The caller keeps the original bytes.
 */
export function decodeFileText(bytes: Uint8Array): FileText {
  try {
    return { text: strict.decode(bytes), invalidBytes: 0 };
  } catch {
    // Fall through to the repairing decoder.
  }
  const parts: string[] = [];
  let invalidBytes = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = validSequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > runStart) parts.push(strict.decode(bytes.subarray(runStart, i)));
    parts.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    invalidBytes++;
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(strict.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), invalidBytes };
}
