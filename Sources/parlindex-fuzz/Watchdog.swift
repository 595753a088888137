import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Watches the running case from another thread: a case past `limit` seconds is a hang; the
/// watchdog prints how to replay it on the saved standard error and ends the process.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var started: Date?
  private var label = ""
  private let limit: Double
  private let errorDescriptor: Int32

  init(limit: Double, errorDescriptor: Int32) {
    self.limit = limit
    self.errorDescriptor = errorDescriptor
    let thread = Thread { [weak self] in
      while let watchdog = self {
        watchdog.check()
        Thread.sleep(forTimeInterval: 0.25)
      }
    }
    thread.start()
  }

  func begin(_ label: String) {
    lock.lock()
    started = Date()
    self.label = label
    lock.unlock()
  }

  func end() {
    lock.lock()
    started = nil
    lock.unlock()
  }

  private func check() {
    lock.lock()
    let running = started.map { Date().timeIntervalSince($0) } ?? 0
    let current = label
    lock.unlock()
    guard running > limit else { return }
    let message = "parlindex-fuzz: HANG: \(current) still running after \(Int(running)) s\n"
    _ = message.withCString { write(errorDescriptor, $0, strlen($0)) }
    _exit(3)
  }
}
