import Foundation
import Synchronization

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
    let descriptor = openForReading(path)
    guard descriptor >= 0 else { return nil }
    let buffer = ThreadReadBuffer.current
    let count = buffer.fill(from: descriptor, expectedSize: expectedSize)
    close(descriptor)
    guard let count else { return nil }
    return try body(UnsafeRawBufferPointer(start: buffer.start, count: count))
  }

  /// Whether opening with `O_NOATIME` is still tried: cleared at the first refusal (a file the
  /// process does not own), so that a corpus of other users' files costs one `open` a file.
  private static let triesNoAccessTime = Atomic<Bool>(true)

  /// Opens `path` read-only, without updating its access time when the system allows it (the
  /// kernel then writes no inode for a read), else as usual; -1 when it cannot be opened.
  static func openForReading(_ path: String) -> Int32 {
    #if os(Linux)
      // O_NOATIME (the Glibc module does not export it).
      let noAccessTime: Int32 = 0o1_000_000
      if triesNoAccessTime.load(ordering: .relaxed) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | noAccessTime)
        if descriptor >= 0 || errno != EPERM { return descriptor }
        triesNoAccessTime.store(false, ordering: .relaxed)
      }
    #endif
    return open(path, O_RDONLY | O_CLOEXEC)
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
