// Bytes as base64, the way a PDF travels in the contract's JSON. btoa takes a "binary string";
// building it in slices keeps a multi-megabyte PDF off the argument-count limit.
const slice = 0x8000;

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}
