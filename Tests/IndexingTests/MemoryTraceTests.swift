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
}
