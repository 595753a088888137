#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file that is streamed (larger than one document) from its descriptor, in chunks of
/// fresh arrays filled by POSIX `read` (no `Data` in between), and feeds every byte it reads to a
/// `ContentHasher` when asked: the file's content hash comes from the same pass as its records.
/// A reference type, so that the chunk source's closure and the loader share it.
final class ChunkReader {
  private let descriptor: Int32
  private let hashing: Bool
  private var hasher = ContentHasher()
  /// Whether a `read` failed: the file then ends there, and it has no hash.
  private(set) var failed = false

  init(descriptor: Int32, hashing: Bool) {
    self.descriptor = descriptor
    self.hashing = hashing
  }

  /// The next `count` bytes of the file: fewer only at its end, none after it or after an error.
  func next(_ count: Int) -> [UInt8] {
    guard !failed, count > 0 else { return [] }
    let chunk = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = fill(UnsafeMutableRawPointer(buffer.baseAddress!), count: count)
    }
    if hashing { hasher.update(chunk) }
    return chunk
  }

  /// The file's size now (`fstat`), 0 when it cannot be known.
  func fileSize() -> Int {
    var info = stat()
    return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
  }

  /// The content hash of the whole file: the bytes not read yet are read first, through one
  /// buffer, and only hashed. Nil when a `read` failed.
  func drainedHash() -> UInt64? {
    let size = 1 << 20
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    while !failed {
      let count = fill(buffer, count: size)
      if count == 0 { break }
      hasher.update(UnsafeRawBufferPointer(start: buffer, count: count))
    }
    return failed ? nil : hasher.value
  }

  /// Reads up to `count` bytes into `buffer` (until the end of the file); how many were read.
  private func fill(_ buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    var filled = 0
    while filled < count {
      let got = read(descriptor, buffer + filled, count - filled)
      if got > 0 {
        filled += got
      } else if got == 0 {
        break
      } else if errno != EINTR {
        failed = true
        break
      }
    }
    return filled
  }
}
