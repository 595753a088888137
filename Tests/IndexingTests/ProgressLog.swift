import Foundation

/// Collects progress calls (the callback is `@Sendable`).
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var calls: [(Int, Int)] = []

  func append(_ done: Int, _ total: Int) {
    lock.lock()
    calls.append((done, total))
    lock.unlock()
  }

  var values: [(Int, Int)] {
    lock.lock()
    defer { lock.unlock() }
    return calls
  }
}
