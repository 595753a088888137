import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls (`open`, `read`, `close`: no path lookup for the size,
/// which the corpus walk already knows) into one buffer kept per thread, so that reading a file
/// allocates nothing; the caller sees the bytes only inside a closure.
///
/// A file that grew since it was listed is read to its end all the same; one that cannot be
/// opened or read gives nil, as `FileManager.contents(atPath:)` did.
public enum FileBytes {
  /// Calls `body` with the content of the file at `path` (`expectedSize` is a hint: the size the
  /// walk saw), or returns nil when the file cannot be read. The bytes are valid only inside
  /// `body`: they are overwritten by the next read on the same thread.
  public static func withContents<Result>(
    atPath path: String, expectedSize: Int = 0,
    _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    let buffer = ThreadReadBuffer.current
    let count = buffer.fill(from: descriptor, expectedSize: expectedSize)
    close(descriptor)
    guard let count else { return nil }
    return try body(UnsafeRawBufferPointer(start: buffer.start, count: count))
  }

  /// Calls `body` with the content of `file` as `Data` that shares the thread's buffer (no
  /// copy; the `Data` must not outlive `body`), or returns nil when the file cannot be read.
  public static func withData<Result>(
    _ file: CorpusFile, _ body: (Data) throws -> Result
  ) rethrows -> Result? {
    try withContents(atPath: file.path, expectedSize: file.size) { bytes in
      // `withContents` always gives the buffer's address, even for an empty file.
      let start = UnsafeMutableRawPointer(mutating: bytes.baseAddress!)
      let data = Data(bytesNoCopy: start, count: bytes.count, deallocator: .none)
      return try body(data)
    }
  }

  /// The content of `file` as an array of its own (copied out of the thread's buffer), or nil
  /// when it cannot be read.
  public static func bytes(_ file: CorpusFile) -> [UInt8]? {
    withContents(atPath: file.path, expectedSize: file.size) { Array($0) }
  }
}
