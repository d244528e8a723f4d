/** Reads the committed loader fixtures and encodes small text files the way real uploads arrive. */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/loaders/${name}`, import.meta.url)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 as Windows Notepad saves it: optional BOM, then code units in the chosen byte order. */
export function utf16(text: string, order: 'le' | 'be', withBom: boolean): Uint8Array {
  const units = (withBom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index++) {
    const unit = units.charCodeAt(index);
    bytes[index * 2 + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

/** The start of a Windows executable, as an `.exe` renamed to `.pdf` would begin. */
export function fakeExecutable(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
  bytes.set(utf8('This program cannot be run in DOS mode.'), 78);
  return bytes;
}

/** The first kilobytes of the running Node binary: a real executable to disguise as a document. */
export function realExecutableHead(): Uint8Array {
  const bytes = new Uint8Array(4096);
  const descriptor = openSync(process.execPath, 'r');
  try {
    const read = readSync(descriptor, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}
