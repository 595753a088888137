import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mapped index file whose payload ends with a table of CRC-32s of fixed-size chunks
/// (`.terms`, `.docs`): opening checks only that table, and every byte handed out is checked
/// first, chunk by chunk, once per process, so that opening costs the same at any index size
/// and a flipped byte is still never used.
///
/// Trailer (the last bytes of the payload, before the footer): one CRC-32 per chunk of the
/// content, then the chunk size, the chunk count and the CRC-32 of those (all `u32`).
///
/// Every read of the content goes through `bytes(_:_:)` or `load(_:at:)`. A chunk that fails its
/// checksum there ends the process with exit status 1 and the damaged file named on standard
/// error (the readers' accessors cannot throw); `verifyAll()` throws instead.
package final class ChunkedFile: @unchecked Sendable {
  package static let chunkSize = 4096
  package let file: MappedFile
  /// The bytes before the chunk table (what the file's reader parses).
  private let content: UnsafeRawBufferPointer
  private let size: Int
  private let shift: Int
  private let table: Int
  private let count: Int
  private let verified: UnsafeMutablePointer<Atomic<UInt8>>
  /// Where the file lies, for the message of a damaged chunk.
  private let path: String

  package init(_ file: MappedFile, path: String) throws(IndexError) {
    self.file = file
    self.path = path
    let payload = file.payload
    func bad(_ reason: String) -> IndexError { .corrupted(file: file.name, reason: reason) }
    guard payload.count >= 12 else { throw bad("no chunk table") }
    let size = Int(ByteReader.load(UInt32.self, from: payload, at: payload.count - 12))
    let count = Int(ByteReader.load(UInt32.self, from: payload, at: payload.count - 8))
    let crc = ByteReader.load(UInt32.self, from: payload, at: payload.count - 4)
    guard size >= 64, size <= 1 << 20, size & (size - 1) == 0,
      count * 4 + 12 <= payload.count
    else { throw bad("inconsistent chunk table") }
    let contentCount = payload.count - count * 4 - 12
    guard count == (contentCount + size - 1) / size else {
      throw bad("inconsistent chunk table")
    }
    let trailer = UnsafeRawBufferPointer(rebasing: payload[contentCount..<payload.count - 4])
    guard CRC32.checksum(trailer) == crc else { throw bad("chunk table fails its checksum") }
    self.size = size
    self.shift = size.trailingZeroBitCount
    self.count = count
    table = contentCount
    content = UnsafeRawBufferPointer(rebasing: payload[0..<contentCount])
    verified = .allocate(capacity: max(1, count))
    for index in 0..<count { (verified + index).initialize(to: Atomic(0)) }
  }

  deinit {
    verified.deinitialize(count: count)
    verified.deallocate()
  }

  package var name: String { file.name }

  /// The content's length in bytes.
  package var contentCount: Int { content.count }

  /// `count` bytes of the content from `start` (cut at its end), every chunk they touch checked.
  @inline(__always)
  package func bytes(_ start: Int, _ count: Int) -> UnsafeRawBufferPointer {
    let lower = max(0, min(start, content.count))
    let upper = max(lower, min(content.count, lower + max(0, count)))
    if upper > lower { check(lower, upper) }
    return UnsafeRawBufferPointer(rebasing: content[lower..<upper])
  }

  /// A little-endian integer of the content (zero outside it), its chunk(s) checked first.
  @inline(__always)
  package func load<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
    guard offset >= 0, offset + MemoryLayout<T>.size <= content.count else { return 0 }
    check(offset, offset + MemoryLayout<T>.size)
    return ByteReader.load(type, from: content, at: offset)
  }

  @inline(__always)
  private func check(_ lower: Int, _ upper: Int) {
    let first = lower >> shift
    let last = (upper - 1) >> shift
    if first == last, verified[first].load(ordering: .acquiring) != 0 { return }
    for chunk in first...last where verified[chunk].load(ordering: .acquiring) == 0 {
      guard intact(chunk) else { ChunkedFile.stop(problem(chunk), path: path) }
      verified[chunk].store(1, ordering: .releasing)
    }
  }

  private func intact(_ chunk: Int) -> Bool {
    let start = chunk << shift
    let end = min(content.count, start + size)
    let bytes = UnsafeRawBufferPointer(rebasing: content[start..<end])
    let expected = ByteReader.load(UInt32.self, from: file.payload, at: table + chunk * 4)
    return CRC32.checksum(bytes) == expected
  }

  private func problem(_ chunk: Int) -> IndexError {
    let start = chunk << shift
    return .corrupted(
      file: file.name,
      reason: "bytes \(start)–\(min(content.count, start + size)) fail their checksum")
  }

  /// Checks every chunk not yet checked (builds that reuse a generation, `verify`).
  package func verifyAll() throws(IndexError) {
    for chunk in 0..<count where verified[chunk].load(ordering: .acquiring) == 0 {
      guard intact(chunk) else { throw problem(chunk) }
      verified[chunk].store(1, ordering: .releasing)
    }
  }

  /// Ends the process as a command does on a damaged index: the file named on standard error,
  /// exit status 1, nothing more written to standard output.
  private static func stop(_ error: IndexError, path: String) -> Never {
    let message =
      "parlindex: error: \(path): corrupted index file: \(reason(error)); rebuild the index "
      + "with: parlindex index CORPUS --index FOLDER (parlindex verify --index FOLDER lists "
      + "every damaged file)\n"
    FileHandle.standardError.write(Data(message.utf8))
    _exit(1)
  }

  private static func reason(_ error: IndexError) -> String {
    if case .corrupted(_, let reason) = error { return reason }
    return error.description
  }
}
