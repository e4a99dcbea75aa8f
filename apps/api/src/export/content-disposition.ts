/** Characters that have no place in a file name on common systems, and white space. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu;

/** A file-name part: unsafe characters and spaces become "-", at most 60 characters. */
export function fileNamePart(text: string): string {
  return text.replace(UNSAFE, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** "Bærum-Ås_2024.csv" → "Baerum-As_2024.csv": Norwegian letters spelled out, other accents dropped. */
export function asciiFileName(name: string): string {
  return name
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-');
}

/** RFC 5987 `value-chars`: percent-encoded UTF-8 with only attr-chars left as they are. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="ascii"; filename*=UTF-8''utf-8` (RFC 6266), for any file name. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
