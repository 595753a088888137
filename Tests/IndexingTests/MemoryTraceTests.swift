import Foundation
import Testing

@testable import Indexing

/// The memory trace reads the process's own figures (on Linux, where `/proc` exists).
@Suite struct MemoryTraceTests {
  @Test func currentFiguresAreThisProcesss() throws {
    guard FileManager.default.fileExists(atPath: "/proc/self/status") else { return }
    let figures = MemoryTrace.current()
    let rss = try #require(figures["VmRSS"])
    #expect(rss > 0)
    #expect(try #require(figures["VmHWM"]) >= rss)
    #expect(try #require(figures["RssAnon"]) <= rss)
  }

  /// The CPU seconds grow with work done and never go back.
  @Test func processorSecondsGrowWithWork() {
    let before = MemoryTrace.processorSeconds()
    var sum: UInt64 = 0
    for value in 0..<20_000_000 { sum = sum &* 31 &+ UInt64(value) }
    let after = MemoryTrace.processorSeconds()
    #expect(sum != 1)
    #expect(before > 0)
    #expect(after > before)
  }
}
