import Dispatch
import Foundation
import FuzzSupport
import Testing

@testable import Corpus

/// `FileBytes` (POSIX reads into a buffer kept per thread) gives what `FileManager` gives: the
/// same bytes for real records, empty and large files, a size hint that is wrong, on several
/// threads at once; nil where `FileManager` gives nil.
struct FileBytesTests {
  static let folder = RealRecordsTests.folder

  static func realNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }.sorted()
  }

  static func file(_ path: String, size: Int) -> CorpusFile {
    CorpusFile(path: path, relativePath: path, size: size, modificationTime: 0)
  }

  /// A folder of its own under the temporary directory, removed by `body`'s caller.
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("FileBytesTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func realRecordsReadAsFoundation() throws {
    for name in try Self.realNames() {
      let path = Self.folder.appendingPathComponent(name).path
      let expected = try #require(FileManager.default.contents(atPath: path))
      let file = Self.file(path, size: expected.count)
      #expect(FileBytes.bytes(file) == [UInt8](expected), "\(name)")
      let viaData = FileBytes.withData(file) { [UInt8]($0) }
      #expect(viaData == [UInt8](expected), "\(name)")
    }
  }

  @Test(arguments: [0, 1, 4095, 65_535, 65_536, 65_537, 300_001])
  func sizesAndWrongHintsReadWhole(size: Int) throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: UInt64(40_000 + size))
    let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    let url = folder.appendingPathComponent("f.bin")
    try Data(bytes).write(to: url)
    for hint in [0, size, max(size - 1, 0), size + 1, size / 2, size * 3] {
      #expect(FileBytes.bytes(Self.file(url.path, size: hint)) == bytes, "hint \(hint)")
    }
  }

  @Test func unreadablePathsGiveNil() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("missing.json").path
    #expect(FileManager.default.contents(atPath: missing) == nil)
    #expect(FileBytes.bytes(Self.file(missing, size: 10)) == nil)
    #expect(FileManager.default.contents(atPath: folder.path) == nil)
    #expect(FileBytes.bytes(Self.file(folder.path, size: 10)) == nil)
    #expect(FileBytes.withData(Self.file(folder.path, size: 0)) { $0.count } == nil)
  }

  /// Each thread has its own buffer: reading different files at once never mixes them.
  @Test func threadsReadTheirOwnFiles() throws {
    let names = Array(try Self.realNames().prefix(64))
    let expected = try names.map {
      try #require(
        FileManager.default.contents(atPath: Self.folder.appendingPathComponent($0).path))
    }
    let mismatches = Counter()
    DispatchQueue.concurrentPerform(iterations: 8) { worker in
      for round in 0..<4 {
        for (offset, name) in names.enumerated() where (offset + round) % 8 == worker {
          let path = Self.folder.appendingPathComponent(name).path
          let same = FileBytes.withContents(atPath: path, expectedSize: 0) { bytes in
            bytes.elementsEqual(expected[offset])
          }
          if same != true { mismatches.add() }
        }
      }
    }
    #expect(mismatches.value == 0)
  }

  /// A thread-safe count.
  final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
  }
}
