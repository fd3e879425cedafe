import { MAX_IMPORT_BYTES } from '../../../../shared/model/npsImport';

/**
 * The chosen file's bytes as base64, for main to decode and read (the renderer does not
 * parse what is imported). A file over the cap is refused before it is read at all.
 */
export async function fileAsBase64(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`${file.name} is larger than 5 MB: that is not one survey’s export.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  }
  return btoa(binary);
}
