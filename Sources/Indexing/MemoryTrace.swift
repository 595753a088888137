import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Prints the build's resident memory at its phase boundaries to standard error when the
/// environment variable `PARLINDEX_TRACE_MEMORY` is set: heap (anonymous) and mapped-file pages
/// apart, with the peak so far, to find which phase holds what (a diagnostic, off by default).
/// With the value `malloc`, glibc's per-arena statistics follow each line (memory taken from the
/// system against memory in use: what fragmentation keeps).
package enum MemoryTrace {
  /// Whether `PARLINDEX_TRACE_MEMORY` was set when the process started.
  package static let isEnabled =
    ProcessInfo.processInfo.environment["PARLINDEX_TRACE_MEMORY"] != nil
  private static let start = Date()
  private static let mallocStats: (@convention(c) () -> Void)? = {
    #if canImport(Glibc)
      guard ProcessInfo.processInfo.environment["PARLINDEX_TRACE_MEMORY"] == "malloc",
        let symbol = dlsym(nil, "malloc_stats")
      else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) () -> Void).self)
    #else
      return nil
    #endif
  }()

  /// Prints one line for `phase` (nothing when tracing is off).
  package static func mark(_ phase: @autoclosure () -> String) {
    guard isEnabled else { return }
    let figures = current()
    let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
    let cpu = String(format: "%.1f", processorSeconds())
    let line =
      "memory \(seconds) s (cpu \(cpu) s) \(phase()): rss \(figures["VmRSS"] ?? 0) MB (heap "
      + "\(figures["RssAnon"] ?? 0), files \(figures["RssFile"] ?? 0)), peak "
      + "\(figures["VmHWM"] ?? 0) MB\n"
    FileHandle.standardError.write(Data(line.utf8))
    mallocStats?()
  }

  /// The user and system CPU time of the whole process so far, in seconds: with the wall time,
  /// it shows which phases run on one core only.
  static func processorSeconds() -> Double {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  /// The `/proc/self/status` memory lines, in MB (empty where there is no such file).
  static func current() -> [String: Int] {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return [:]
    }
    var figures: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
      guard parts.count >= 2, let kilobytes = Int(parts[1]) else { continue }
      figures[String(parts[0])] = kilobytes / 1024
    }
    return figures
  }
}
