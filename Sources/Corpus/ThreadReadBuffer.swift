#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The buffer `FileBytes` reads files into: one per thread, grown as needed (never shrunk, so
/// a thread holds about the size of the largest file it read), freed when the thread ends.
final class ThreadReadBuffer {
  private(set) var start: UnsafeMutableRawPointer
  private var capacity: Int

  /// The key of the thread-specific slot holding each thread's buffer (retained).
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { raw in
      guard let raw else { return }
      Unmanaged<ThreadReadBuffer>.fromOpaque(raw).release()
    }
    precondition(status == 0, "pthread_key_create failed")
    return key
  }()

  private init(capacity: Int) {
    self.capacity = capacity
    start = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
  }

  deinit { start.deallocate() }

  /// The calling thread's buffer.
  static var current: ThreadReadBuffer {
    if let raw = pthread_getspecific(key) {
      return Unmanaged<ThreadReadBuffer>.fromOpaque(raw).takeUnretainedValue()
    }
    let buffer = ThreadReadBuffer(capacity: 64 << 10)
    pthread_setspecific(key, Unmanaged.passRetained(buffer).toOpaque())
    return buffer
  }

  /// Reads `descriptor` to its end into the buffer; the number of bytes read, or nil on a read
  /// error. Room for `expectedSize + 1` bytes is made first, so that a file of the expected size
  /// is read by one `read`: a read that fills less than it was offered, once `expectedSize`
  /// bytes are in, is the end of a regular file (no second `read` to see 0).
  func fill(from descriptor: Int32, expectedSize: Int) -> Int? {
    reserve(max(expectedSize, 0) + 1, keeping: 0)
    var count = 0
    while true {
      if count == capacity { reserve(capacity * 2, keeping: count) }
      let offered = capacity - count
      let got = read(descriptor, start + count, offered)
      if got > 0 {
        count += got
        if got < offered, expectedSize > 0, count >= expectedSize { return count }
      } else if got == 0 {
        return count
      } else if errno != EINTR {
        return nil
      }
    }
  }

  /// Makes room for `needed` bytes, keeping the first `kept` ones.
  private func reserve(_ needed: Int, keeping kept: Int) {
    guard needed > capacity else { return }
    var grown = capacity
    while grown < needed { grown *= 2 }
    let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
    larger.copyMemory(from: start, byteCount: kept)
    start.deallocate()
    start = larger
    capacity = grown
  }
}
