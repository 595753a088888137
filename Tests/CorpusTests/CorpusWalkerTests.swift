import Corpus
import Foundation
import FuzzSupport
import Testing

/// The walk gives every visible regular file once, in byte order of the relative path (what one
/// sort of all the paths would give), while holding only the folders on its current path.
struct CorpusWalkerTests {
  private static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("walker-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Names chosen to sort differently per folder than as whole paths if the walk got it wrong:
  /// "a", "a-b", "a.b", "a b", "ab", accented, upper case.
  private static let names = ["a", "a-b", "a.b", "a b", "ab", "é", "É", "Z", "a0", "q"]

  /// Builds a random tree under `root`; returns the relative paths of its visible files.
  private static func randomTree(
    at root: URL, generator: inout FuzzGenerator, depth: Int = 0
  ) throws -> [String] {
    var files: [String] = []
    for name in names.shuffled(using: &generator).prefix(Int.random(in: 2...6, using: &generator)) {
      let url = root.appendingPathComponent(name)
      if depth < 3, Bool.random(using: &generator) {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let inner = try randomTree(at: url, generator: &generator, depth: depth + 1)
        files += inner.map { name + "/" + $0 }
      } else {
        try Data("x".utf8).write(to: url)
        files.append(name)
      }
    }
    try Data("hidden".utf8).write(to: root.appendingPathComponent(".hidden"))
    return files
  }

  @Test(arguments: 1...25)
  func walkOrderIsTheByteOrderOfWholePaths(seed: UInt64) throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var generator = FuzzGenerator(seed: seed)
    let expected = try Self.randomTree(at: root, generator: &generator)
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let walk = CorpusWalker().files(under: [root.path])
    #expect(walk.files.map(\.relativePath) == expected)
    #expect(walk.files.allSatisfy { $0.path == root.path + "/" + $0.relativePath })
    #expect(walk.diagnostics.isEmpty)
  }

  @Test func hiddenFoldersAndLinksToFoldersAreSkippedLinksToFilesRead() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    try fm.createDirectory(
      at: root.appendingPathComponent(".git/objects"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: root.appendingPathComponent(".git/objects/a.txt"))
    try fm.createDirectory(
      at: root.appendingPathComponent("real"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: root.appendingPathComponent("real/q.txt"))
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent("link.txt").path,
      withDestinationPath: root.appendingPathComponent("real/q.txt").path)
    let walk = CorpusWalker().files(under: [root.path])
    #expect(walk.files.map(\.relativePath) == ["link.txt", "real/q.txt"])
    #expect(walk.files.allSatisfy { $0.size == 1 && $0.modificationTime > 0 })
  }

  @Test func rootsKeepTheirOrderAndMissingOnesAreDiagnostics() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("x".utf8).write(to: root.appendingPathComponent("b.txt"))
    try Data("y".utf8).write(to: root.appendingPathComponent("a.txt"))
    let paths = [root.path + "/b.txt", root.path + "/missing", root.path + "/"]
    let walk = CorpusWalker().files(under: paths)
    #expect(walk.files.map(\.relativePath) == ["b.txt", "a.txt", "b.txt"])
    #expect(walk.files[1].path == root.path + "/a.txt")
    #expect(walk.diagnostics.map(\.file) == [root.path + "/missing"])
    #expect(walk.diagnostics.first?.message == "no such file or folder")
    #expect(CorpusWalker().count(under: paths) == 3)
  }

  @Test func filesOverTheLimitAreSkippedWithAWarning() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(repeating: 0x41, count: 2000).write(to: root.appendingPathComponent("big.txt"))
    try Data("x".utf8).write(to: root.appendingPathComponent("small.txt"))
    let walk = CorpusWalker(maximumFileSize: 1000).files(under: [root.path])
    #expect(walk.files.map(\.relativePath) == ["small.txt"])
    #expect(walk.diagnostics.count == 1)
    #expect(walk.diagnostics.first?.message.contains("file too large") == true)
  }
}
