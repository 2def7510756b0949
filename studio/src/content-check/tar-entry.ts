const BLOCK = 512

/**
 * Finds one file in an (uncompressed) tar archive. `sanity dataset export` writes a tarball holding
 * `<name>/data.ndjson` beside the assets; reading the headers here is a few lines, where a tar
 * package would be a new dependency. Handles ustar names (prefix + name) and pax long names.
 */
export function findTarEntry(tar: Uint8Array, matches: (name: string) => boolean): Buffer | undefined {
  const bytes = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength)
  let offset = 0
  let longName: string | undefined
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) return undefined
    const size = parseInt(text(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const body = bytes.subarray(offset + BLOCK, offset + BLOCK + size)
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
      continue
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '')
      continue
    }
    const prefix = text(header, 345, 155)
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100))
    longName = undefined
    if ((type === '0' || type === '\0') && matches(name)) return Buffer.from(body)
  }
  return undefined
}

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? length : end).toString('utf8')
}
