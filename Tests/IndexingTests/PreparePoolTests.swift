import Foundation
import Synchronization
import Testing

@testable import Indexing

/// The build's thread pool keeps the order of its items, runs each exactly once, on several
/// threads, runs the caller's `meanwhile` step once, and can be reused; and a build gives the
/// same index bytes whatever the pool's width, the chunk size and the read-ahead hints.
struct PreparePoolTests {
  @Test(arguments: [1, 2, 3, 5])
  func mapKeepsOrderAndRunsEachItemOnce(width: Int) {
    let pool = PreparePool(width: width)
    defer { pool.close() }
    let calls = Mutex([Int](repeating: 0, count: 1_000))
    for round in 0..<3 {
      let items = Array(0..<(round == 1 ? 0 : 1_000))
      var walked = 0
      let squares = pool.map(items, meanwhile: { walked += 1 }) { item -> Int in
        calls.withLock { $0[item] += 1 }
        return item * item
      }
      #expect(squares == items.map { $0 * $0 })
      #expect(walked == 1)
    }
    #expect(calls.withLock { $0 } == [Int](repeating: 2, count: 1_000))
  }

  @Test func itemsRunOnSeveralThreadsWhenOneWaits() {
    let pool = PreparePool(width: 3)
    defer { pool.close() }
    let threads = Mutex(Set<UInt>())
    _ = pool.map(Array(0..<30)) { _ -> Int in
      threads.withLock { _ = $0.insert(UInt(pthread_self())) }
      usleep(2_000)  // as a file read from the disk would
      return 0
    }
    #expect(threads.withLock { $0.count } >= 2)
  }

  @Test func buildBytesDoNotDependOnThreadsChunkSizeOrPrefetch() throws {
    let temporary = try TemporaryIndex()
    defer { temporary.cleanUp() }
    for index in 0..<40 {
      try temporary.write(
        "d\(index % 3)/cp-\(index).txt",
        "Paris, le \(index % 28 + 1) mars 2024\n\nLe ministère annonce \(index * 7) M€ pour "
          + "\(index * 1_000) emplois en région n° \(index).\n")
    }
    var reference: [String: Data]?
    for (threads, chunk, prefetch) in [(1, 256, false), (2, 7, true), (4, 1, true), (3, 13, false)]
    {
      let folder = temporary.root.appendingPathComponent("index-\(threads)-\(chunk)")
      var builder = IndexBuilder(directory: folder)
      builder.threads = threads
      builder.chunkSize = chunk
      builder.prefetchFiles = prefetch
      _ = try builder.build(paths: [temporary.corpus.path])
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasPrefix("seg-") }
      #expect(names.count >= 5)
      let files = try Dictionary(
        uniqueKeysWithValues: names.map {
          ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
        })
      if let reference { #expect(files == reference) } else { reference = files }
    }
  }
}
