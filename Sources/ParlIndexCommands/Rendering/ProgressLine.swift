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
    let line = Self.text(done: done, total: total, elapsed: now.timeIntervalSince(start))
    FileHandle.standardError.write(Data(("\r" + line + "   ").utf8))
  }

  /// "1200/10000 documents, 400/s, 22 s left": the time left is what remains at the rate so far
  /// (absent until a rate is known).
  static func text(done: Int, total: Int, elapsed: Double) -> String {
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    var line = "\(done)/\(total) documents"
    guard rate > 0 else { return line }
    line += ", \(Int(rate.rounded()))/s"
    let left = Double(max(0, total - done)) / rate
    return line + ", \(Int(left.rounded())) s left"
  }

  func finish() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
