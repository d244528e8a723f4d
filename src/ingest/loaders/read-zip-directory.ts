/** Lists the entries of a ZIP archive from its central directory, without inflating anything. */

export interface ZipDirectory {
  names: string[];
  /** Sum of the declared uncompressed sizes: lets a caller refuse a zip bomb before opening it. */
  uncompressedBytes: number;
}

const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const DIRECTORY_ENTRY_SIGNATURE = 0x02014b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

/** The directory, or null when the archive is truncated or malformed. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - END_RECORD_LENGTH - MAX_COMMENT_LENGTH);
  let endRecord = -1;
  for (let offset = bytes.length - END_RECORD_LENGTH; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY_SIGNATURE) {
      endRecord = offset;
      break;
    }
  }
  if (endRecord < 0) return null;
  const entryCount = view.getUint16(endRecord + 10, true);
  let offset = view.getUint32(endRecord + 16, true);
  const names: string[] = [];
  let uncompressedBytes = 0;
  const decoder = new TextDecoder('utf-8');
  for (let entry = 0; entry < entryCount; entry++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY_SIGNATURE) return null;
    uncompressedBytes += view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { names, uncompressedBytes };
}
