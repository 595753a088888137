import Foundation
import Testing

/// A write that fails during a build (a full disk, injected in debug builds with
/// `PARLINDEX_FAIL_WRITE_AFTER_BYTES`): the build exits 1 naming the file it was writing, and the
/// previous generation stays committed, verified and searchable.
@Suite(.enabled(if: BinaryRunner.binary.path.contains("/debug/"), "needs a debug binary"))
struct DiskTests {
  static let variable = "PARLINDEX_FAIL_WRITE_AFTER_BYTES"

  /// Builds on a fresh copy of the small index with writes failing after `limit` bytes.
  static func build(failingAfter limit: Int) throws -> (BinaryRunner.Result, URL, URL) {
    let (root, index) = try RobustRunner.copyOfPristine()
    let result = try RobustRunner.run(
      ["index", "corpus", "--index", index.path, "--full", "--quiet"],
      environment: [variable: String(limit)])
    return (result, root, index)
  }

  /// The smallest limit at which the build succeeds (the bytes a build writes).
  static let bytesOfABuild: Int = {
    var low = 0
    var high = 50_000_000
    while low < high {
      let middle = (low + high) / 2
      let (result, root, _) = try! build(failingAfter: middle)
      try? FileManager.default.removeItem(at: root)
      if result.status == 0 { high = middle } else { low = middle + 1 }
    }
    return low
  }()

  static func expectPreviousGenerationIntact(_ index: URL, after result: BinaryRunner.Result) throws
  {
    #expect(result.status == 1, "\(result.stdout)")
    #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
    #expect(result.stderr.contains(index.path + "/"), "names the file: \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    let named = result.stderr.split(separator: " ").first { $0.hasPrefix(index.path) }
    if let named, named.hasSuffix(".tmp:") {
      let path = String(named.dropLast())
      #expect(!FileManager.default.fileExists(atPath: path), "the failed file is removed")
    }
    let current = try String(contentsOf: index.appendingPathComponent("CURRENT"), encoding: .utf8)
    #expect(current == "manifest-000001.json\n")
    #expect(try BinaryRunner.run(["verify", "--index", index.path]).status == 0)
    let search = try BinaryRunner.run(["search", "prime ségur", "--json", "--index", index.path])
    #expect(RobustRunner.count(search) == 5, "\(search.stderr)")
    let lock = index.appendingPathComponent("write.lock").path
    #expect(!FileManager.default.fileExists(atPath: lock), "the lock is released")
  }

  @Test(arguments: [0.0, 0.01, 0.2, 0.5, 0.9, 0.99])
  func failedWriteDuringTheBuildKeepsThePreviousIndex(fraction: Double) throws {
    let limit = Int(Double(Self.bytesOfABuild) * fraction)
    let (result, root, index) = try Self.build(failingAfter: limit)
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.expectPreviousGenerationIntact(index, after: result)
  }

  /// The last bytes are the manifest and `CURRENT`: a failure there commits nothing either.
  @Test(arguments: [1, 10, 21, 22, 100, 600])
  func failedWriteDuringTheCommitKeepsThePreviousIndex(bytesShort: Int) throws {
    let (result, root, index) = try Self.build(failingAfter: Self.bytesOfABuild - bytesShort)
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.expectPreviousGenerationIntact(index, after: result)
  }

  @Test func nextBuildAfterAFailureSucceeds() throws {
    let (failed, root, index) = try Self.build(failingAfter: Self.bytesOfABuild / 2)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(failed.status == 1)
    let result = try BinaryRunner.run(["index", "corpus", "--index", index.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try BinaryRunner.run(["verify", "--index", index.path]).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: index.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "leftovers removed: \(names)")
  }
}
