import Foundation

/// A self-erasing progress line on standard error, shown only when it is a terminal.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private var lastDraw = Date.distantPast

  /// A progress line if standard error is a terminal, else nil (scripts see only the summary).
  static func makeIfTerminal() -> ProgressLine? {
    isatty(FileHandle.standardError.fileDescriptor) != 0 ? ProgressLine() : nil
  }

  var callback: @Sendable (Int, Int) -> Void {
    { [self] done, total in draw(done: done, total: total) }
  }

  private func draw(done: Int, total: Int) {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
    lastDraw = now
    let elapsed = now.timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let left = rate > 0 ? Double(total - done) / rate : 0
    let line = String(
      format: "\r%d/%d documents, %.0f/s, %.0f s left   ", done, total, rate, left)
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
