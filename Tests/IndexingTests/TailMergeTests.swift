import Foundation
import FuzzSupport
import Synchronization
import Testing

@testable import Indexing

/// The build's tail: the split merge's schedule (parts straight to the output or aside, appended
/// in order), the tasks that run beside it, and the file writer's deferred fsync.
struct TailMergeTests {
  /// The run merger tests' seeded corpus (40 short press releases of French words).
  private static func corpus(seed: UInt64) throws -> TemporaryIndex {
    try RunMergerTests.corpus(seed: seed)
  }

  /// Every segment file of a build (the whole index but its manifest and stamps).
  private static func build(
    _ temporary: TemporaryIndex, into name: String, threads: Int, parts: Int
  ) throws -> [String: Data] {
    let folder = temporary.root.appendingPathComponent(name)
    var builder = IndexBuilder(directory: folder)
    builder.memoryBudget = 512
    builder.chunkSize = 3
    builder.merger.threads = threads
    builder.merger.parts = parts
    builder.merger.parallelThreshold = 0
    _ = try builder.build(paths: [temporary.corpus.path])
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasPrefix("seg-") {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  /// More parts than threads (parts aside appended while others merge), as many as threads, and
  /// one thread (one part): the bytes of one merge, no temporary file left.
  @Test(arguments: [(5, 1, 6), (6, 2, 9), (7, 3, 12), (8, 2, 2)] as [(UInt64, Int, Int)])
  func scheduledPartsWriteTheBytesOfOneMerge(seed: UInt64, threads: Int, parts: Int) throws {
    let temporary = try Self.corpus(seed: seed)
    defer { temporary.cleanUp() }
    let whole = try Self.build(temporary, into: "one", threads: 1, parts: 1)
    let split = try Self.build(temporary, into: "parts", threads: threads, parts: parts)
    #expect(whole.count == 5)
    #expect(split == whole)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: temporary.root.appendingPathComponent("parts").path
    ).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  /// Threads taking parts with uneven delays: each part reaches the output once, in order,
  /// straight or appended; the entry counts add up.
  @Test(arguments: [(1, 5), (2, 8), (3, 17), (4, 4)] as [(Int, Int)])
  func partsReachTheOutputInOrder(threads: Int, parts: Int) throws {
    let schedule = MergeSchedule(parts: parts)
    let order = Mutex<[Int]>([])
    let directCount = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      schedule.work(
        merge: { part, direct in
          usleep(UInt32(((part * 7 + thread * 3) % 5) * 300))
          if direct {
            order.withLock { $0.append(part) }
            directCount.withLock { $0 += 1 }
          }
          return MergeSchedule.Aside(count: part + 1, size: 0, crc: 0)
        },
        append: { part, aside in
          #expect(aside.count == part + 1)
          order.withLock { $0.append(part) }
        })
    }
    #expect(try schedule.finished() == parts * (parts + 1) / 2)
    #expect(order.withLock { $0 } == Array(0..<parts))
    if threads == 1 { #expect(directCount.withLock { $0 } == parts) }
    #expect(directCount.withLock { $0 } >= 1)
  }

  /// A part that fails stops the merge: its error is the merge's, nothing after it is appended.
  @Test func aFailedPartStopsTheMerge() {
    let schedule = MergeSchedule(parts: 6)
    let appended = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      schedule.work(
        merge: { part, direct throws(IndexError) in
          if part == 2 { throw IndexError.io(path: "part", message: "disk full") }
          if direct { appended.withLock { $0.append(part) } }
          return MergeSchedule.Aside(count: 1, size: 0, crc: 0)
        },
        append: { part, _ in appended.withLock { $0.append(part) } })
    }
    #expect(throws: IndexError.self) { try schedule.finished() }
    #expect(appended.withLock { $0.allSatisfy { $0 < 2 } })
  }

  /// A task's value, or its error, is given back when awaited (more than once).
  @Test func tailTasksGiveTheirOutcome() throws {
    let task = TailTask { () throws(IndexError) -> Int in 42 }
    #expect(try task.value() == 42)
    #expect(try task.value() == 42)
    let failing = TailTask { () throws(IndexError) -> Int in
      throw IndexError.io(path: "x", message: "failed")
    }
    #expect(throws: IndexError.self) { try failing.value() }
    failing.wait()
  }

  /// `finishLeavingOpen` then `close` on another thread write the bytes and give the size and
  /// CRC-32 of `finish`, for a plain and a chunked file.
  @Test(arguments: [false, true])
  func deferredCloseWritesWhatFinishWrites(chunked: Bool) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tail-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: 11)
    let bytes = (0..<300_000).map { _ in UInt8(random.below(256)) }
    let direct = try FileWriter(url: folder.appendingPathComponent("a"), chunked: chunked)
    try direct.write(bytes)
    let expected = try direct.finish()
    let deferred = try FileWriter(url: folder.appendingPathComponent("b"), chunked: chunked)
    try deferred.write(bytes)
    let result = try deferred.finishLeavingOpen()
    let closing = TailTask { () throws(IndexError) in try deferred.close(sync: true) }
    try closing.value()
    #expect(result.size == expected.size)
    #expect(result.crc == expected.crc)
    let first = try Data(contentsOf: folder.appendingPathComponent("a"))
    let second = try Data(contentsOf: folder.appendingPathComponent("b"))
    #expect(first == second)
    #expect(second.count == expected.size)
  }
}
