import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes one index file under a temporary name with buffered writes and a running CRC, then
/// appends the footer and fsyncs it; `IndexBuilder` renames it into place before the commit.
package final class FileWriter {
  package let url: URL
  private let descriptor: Int32
  // The writer is used by one thread at a time, and these are written on every `write`: the
  // runtime's dynamic exclusivity checks (an access-set insertion per mutation, about 1 % of a
  // build's instructions) are left out for them.
  /// The bytes not written yet (appended by `memcpy`: an array appends raw bytes one by one;
  /// room for the most it holds, under 1 MB then a chunk of at most 1 MB).
  private let buffer = ScratchBuffer<UInt8>(capacity: 2 << 20)
  /// The CRC-32 of the payload written before the bytes `crc` covers (see `write(_:crc:)`).
  private var crcBefore: UInt32 = 0
  /// The CRC-32 of the bytes written since `crcBefore`, and their count.
  @exclusivity(unchecked) private var crc = CRC32()
  @exclusivity(unchecked) private var crcCount = 0
  private var closed = false
  /// Payload bytes written so far (the offset of the next byte).
  @exclusivity(unchecked) package private(set) var offset: UInt64 = 0
  /// The CRC-32s of the chunks written so far, when the file ends with a chunk table.
  @exclusivity(unchecked) private var chunks: ChunkTable?
  /// Whether `write` feeds the running CRC-32: not for a temporary file whose checksum nobody
  /// reads, nor for a chunked file (its CRC-32 is combined from its chunks' at `finish`).
  @exclusivity(unchecked) private var feedsCRC: Bool
  private let checksummed: Bool

  /// `chunked`: the payload ends with a table of its chunks' CRC-32s (see `ChunkedFile`).
  /// `checksummed: false`: a temporary file of the build, whose payload CRC-32 is never read
  /// (`finish` then returns 0 for it): its bytes are not checksummed.
  package init(url: URL, chunked: Bool = false, checksummed: Bool = true) throws(IndexError) {
    self.url = url
    chunks = chunked ? ChunkTable(size: ChunkedFile.chunkSize) : nil
    self.checksummed = checksummed
    feedsCRC = checksummed && !chunked
    let fd = open(url.path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .io(path: url.path, message: FileWriter.lastError("cannot create")) }
    descriptor = fd
  }

  deinit {
    if !closed { Glibc.close(descriptor) }
  }

  package func write(_ bytes: [UInt8]) throws(IndexError) {
    let outcome = bytes.withUnsafeBytes { raw in
      Result { () throws(IndexError) in try write(raw) }
    }
    try outcome.get()
  }

  /// Appends bytes; a large write goes through the buffer a megabyte at a time, so that the
  /// buffer never grows past about 2 MB (a postings list of a word in every document is tens
  /// of megabytes).
  package func write(_ bytes: UnsafeRawBufferPointer) throws(IndexError) {
    if feedsCRC {
      crc.update(bytes)
      crcCount += bytes.count
    }
    try append(bytes)
  }

  /// Appends bytes whose CRC-32 is known (a stored record, checked against its own CRC): the
  /// file's checksum is combined with it instead of reading the bytes again.
  package func write(_ bytes: [UInt8], crc known: UInt32) throws(IndexError) {
    guard feedsCRC else { return try write(bytes) }
    crcBefore = CRC32Combination.combine(crcBefore, crc.value, count: crcCount)
    crcBefore = CRC32Combination.combine(crcBefore, known, count: bytes.count)
    crc = CRC32()
    crcCount = 0
    let outcome = bytes.withUnsafeBytes { raw in
      Result { () throws(IndexError) in try append(raw) }
    }
    try outcome.get()
  }

  /// Appends the whole of the file at `url`: `count` bytes whose CRC-32 is `known` (a merge
  /// part, checksummed as it was written). On Linux the kernel copies them (`sendfile`), instead
  /// of a read through a map, a copy into the buffer and a `write`, and the file's checksum is
  /// combined with `known`.
  package func append(contentsOf url: URL, count: Int, crc known: UInt32) throws(IndexError) {
    #if os(Linux)
      if chunks == nil, feedsCRC, count > 0, try copy(url, count: count) {
        crcBefore = CRC32Combination.combine(crcBefore, crc.value, count: crcCount)
        crcBefore = CRC32Combination.combine(crcBefore, known, count: count)
        crc = CRC32()
        crcCount = 0
        offset += UInt64(count)
        return
      }
    #endif
    let file = try MappedFile(url: url, name: url.lastPathComponent)
    guard file.bytes.count == count else {
      throw .io(path: url.path, message: "holds \(file.bytes.count) bytes, not \(count)")
    }
    var start = 0
    while start < count {
      let end = min(count, start + (1 << 20))
      try write(UnsafeRawBufferPointer(rebasing: file.bytes[start..<end]))
      file.releasePages(before: end)
      start = end
    }
  }

  #if os(Linux)
    /// Copies `count` bytes of the file at `url` after the bytes written so far, by the kernel;
    /// false (nothing copied) when the kernel cannot copy between these files.
    private func copy(_ url: URL, count: Int) throws(IndexError) -> Bool {
      if !buffer.isEmpty { try flush() }
      #if DEBUG
        if let message = FileWriter.injectedFailure(adding: count) {
          abandon()
          throw .io(path: url.path, message: message)
        }
      #endif
      let source = open(url.path, O_RDONLY)
      guard source >= 0 else {
        throw .io(path: url.path, message: FileWriter.lastError("cannot open"))
      }
      defer { Glibc.close(source) }
      var position: off_t = 0
      var done = 0
      while done < count {
        let sent = sendfile(descriptor, source, &position, count - done)
        if sent > 0 {
          done += sent
          continue
        }
        if sent < 0, errno == EINTR { continue }
        if sent < 0, done == 0, errno == EINVAL || errno == ENOSYS { return false }
        let message =
          sent == 0
          ? "copy failed: \(url.lastPathComponent) ended after \(done) of \(count) bytes"
          : FileWriter.lastError("copy failed")
        abandon()
        throw .io(path: self.url.path, message: message)
      }
      return true
    }
  #endif

  private func append(_ bytes: UnsafeRawBufferPointer) throws(IndexError) {
    chunks?.update(bytes)
    offset += UInt64(bytes.count)
    var start = 0
    repeat {
      let end = min(bytes.count, start + (1 << 20))
      buffer.append(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
      if buffer.count >= 1 << 20 { try flush() }
      start = end
    } while start < bytes.count
  }

  /// Writes the buffered bytes to the file, so that it can be read (mapped) as written so far.
  package func flushBuffer() throws(IndexError) {
    if !buffer.isEmpty { try flush() }
  }

  /// Reads back `count` payload bytes written at `offset` (a record met again, to merge it).
  package func read(at offset: UInt64, count: Int) throws(IndexError) -> [UInt8] {
    if !buffer.isEmpty { try flush() }
    var bytes = [UInt8](repeating: 0, count: count)
    let done = bytes.withUnsafeMutableBytes { raw in
      pread(descriptor, raw.baseAddress, count, off_t(offset))
    }
    guard done == count else {
      throw .io(path: url.path, message: FileWriter.lastError("read back failed"))
    }
    return bytes
  }

  /// Writes the footer, fsyncs and closes; returns the file's total size and payload CRC.
  /// `sync: false` skips the fsync, for a temporary file of the build that no commit names
  /// (sorted runs, spilled strings): a crash leaves it to `StaleFiles`, never to a reader.
  @discardableResult
  package func finish(
    footer: Bool = true, sync: Bool = true
  ) throws(IndexError) -> (size: Int, crc: UInt32) {
    let result = try finishLeavingOpen(footer: footer)
    try close(sync: sync)
    return result
  }

  /// `finish` without its fsync and close: the chunk table and footer are written and everything
  /// flushed; `close(sync:)` must follow, on any thread (the wait for the disk then overlaps
  /// other work).
  package func finishLeavingOpen(
    footer: Bool = true
  ) throws(IndexError) -> (size: Int, crc: UInt32) {
    if let table = chunks?.finished() {
      chunks = nil
      crcBefore = FileWriter.payloadCRC(chunkTable: table, payloadCount: offset)
      feedsCRC = checksummed
      try write(table)
    }
    let payloadCRC = CRC32Combination.combine(crcBefore, crc.value, count: crcCount)
    if footer {
      Footer(payloadLength: offset, crc: payloadCRC).bytes.withUnsafeBytes { buffer.append($0) }
    }
    try flush()
    return (Int(offset) + (footer ? Footer.size : 0), payloadCRC)
  }

  /// Fsyncs (when `sync`) and closes the file, once everything is written and flushed.
  package func close(sync: Bool) throws(IndexError) {
    guard !closed else { return }
    guard !sync || fsync(descriptor) == 0 else {
      let message = FileWriter.lastError("fsync failed")
      abandon()
      throw .io(path: url.path, message: message)
    }
    closed = true
    guard Glibc.close(descriptor) == 0 else {
      throw .io(path: url.path, message: FileWriter.lastError("close failed"))
    }
  }

  /// The CRC-32 of a chunked file's payload before its chunk table, combined from the chunks'
  /// CRC-32s that open the table (`ChunkTable.finished`): every chunk is full but the last.
  static func payloadCRC(chunkTable table: [UInt8], payloadCount: UInt64) -> UInt32 {
    let count = (table.count - 12) / 4
    guard count > 0 else { return 0 }
    let size = ChunkedFile.chunkSize
    return table.withUnsafeBytes { raw in
      var combined: UInt32 = 0
      for index in 0..<count {
        let chunk = UInt32(
          littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        let length = index < count - 1 ? size : Int(payloadCount) - (count - 1) * size
        combined = CRC32Combination.combine(combined, chunk, count: length)
      }
      return combined
    }
  }

  private func flush() throws(IndexError) {
    #if DEBUG
      if let message = FileWriter.injectedFailure(adding: buffer.count) {
        abandon()
        throw .io(path: url.path, message: message)
      }
    #endif
    var failure: String?
    do {
      let raw = buffer.raw
      var done = 0
      while done < raw.count {
        let result = Glibc.write(descriptor, raw.baseAddress! + done, raw.count - done)
        if result < 0 {
          if errno == EINTR { continue }
          failure = FileWriter.lastError("write failed")
          break
        }
        done += result
      }
    }
    if let failure {
      abandon()
      throw .io(path: url.path, message: failure)
    }
    buffer.removeAll()
  }

  #if DEBUG
    /// Test hook of debug builds: with `PARLINDEX_FAIL_WRITE_AFTER_BYTES=N` in the environment,
    /// the write that would take the bytes written by the process past N fails, as on a full
    /// disk.
    private static let failureLimit = ProcessInfo.processInfo
      .environment["PARLINDEX_FAIL_WRITE_AFTER_BYTES"].flatMap { Int($0) }
    private static let failureLock = NSLock()
    nonisolated(unsafe) private static var bytesWritten = 0

    private static func injectedFailure(adding count: Int) -> String? {
      guard let limit = failureLimit else { return nil }
      failureLock.lock()
      defer { failureLock.unlock() }
      bytesWritten += count
      guard bytesWritten > limit else { return nil }
      return "write failed: No space left on device (injected after \(limit) bytes)"
    }
  #endif

  /// After a failed write: closes and removes the (temporary) file, so that a full disk gets
  /// its space back at once.
  private func abandon() {
    if !closed { Glibc.close(descriptor) }
    closed = true
    unlink(url.path)
  }

  package static func lastError(_ what: String) -> String {
    "\(what): \(String(cString: strerror(errno)))"
  }

  /// Writes `bytes` (plus a footer when asked) to `url` in one go, fsynced.
  @discardableResult
  package static func write(
    _ bytes: [UInt8], to url: URL, footer: Bool = true, chunked: Bool = false
  ) throws(IndexError) -> (size: Int, crc: UInt32) {
    let writer = try FileWriter(url: url, chunked: chunked)
    try writer.write(bytes)
    return try writer.finish(footer: footer)
  }
}

/// The CRC-32 of two byte strings put end to end, from the CRC-32 of each and the length of the
/// second (zlib's `crc32_combine`: multiplication by x^(8 × length) modulo the polynomial).
enum CRC32Combination {
  private static let polynomial: UInt32 = 0xEDB8_8320

  /// x^(2^k) modulo the polynomial, for k = 0..<32 (reflected bit order: x^0 is 1 << 31).
  private static let powers: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 32)
    var power: UInt32 = 1 << 30
    for index in 0..<32 {
      table[index] = power
      power = multiply(power, power)
    }
    return table
  }()

  /// The product of two polynomials modulo the CRC polynomial.
  private static func multiply(_ a: UInt32, _ b: UInt32) -> UInt32 {
    var mask: UInt32 = 1 << 31
    var factor = b
    var product: UInt32 = 0
    while mask != 0 {
      if a & mask != 0 {
        product ^= factor
        if a & (mask &- 1) == 0 { break }
      }
      mask >>= 1
      factor = factor & 1 != 0 ? (factor >> 1) ^ polynomial : factor >> 1
    }
    return product
  }

  /// The CRC-32 of A followed by B, given the CRC-32 of A, that of B and B's length.
  static func combine(_ first: UInt32, _ second: UInt32, count: Int) -> UInt32 {
    guard count > 0 else { return first }
    var shift: UInt32 = 1 << 31
    var rest = count
    var bit = 3
    while rest != 0 {
      if rest & 1 != 0 { shift = multiply(powers[bit & 31], shift) }
      rest >>= 1
      bit += 1
    }
    return multiply(shift, first) ^ second
  }
}
