import Corpus
import Foundation
import FuzzSupport
import Testing

/// The scan on several threads (`CorpusWalker.scan`) gives what the walk gives: the same files
/// with the same sizes and times, in the same order, and the same diagnostics.
struct CorpusScanTests {
  private static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private static let names = ["a", "a-b", "a.b", "a b", "ab", "é", "Z", "a0", ".h", "q"]

  /// A random tree: folders, files of random sizes, hidden entries, links to files and folders,
  /// and now and then a folder of more files than one lookup task takes.
  private static func randomTree(
    at root: URL, generator: inout FuzzGenerator, depth: Int = 0
  ) throws {
    let fm = FileManager.default
    for name in names.shuffled(using: &generator).prefix(Int.random(in: 2...7, using: &generator)) {
      let url = root.appendingPathComponent(name)
      switch Int.random(in: 0..<10, using: &generator) {
      case 0..<4 where depth < 3:
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        try randomTree(at: url, generator: &generator, depth: depth + 1)
      case 4:
        try fm.createSymbolicLink(atPath: url.path, withDestinationPath: root.path)
      case 5:
        try fm.createSymbolicLink(atPath: url.path, withDestinationPath: url.path + "-gone")
      case 6 where depth < 3:
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        for number in 0..<Int.random(in: 100...400, using: &generator) {
          try Data("\(number)".utf8).write(to: url.appendingPathComponent("f\(number).json"))
        }
      default:
        let size = Int.random(in: 0...3000, using: &generator)
        try Data(repeating: 0x41, count: size).write(to: url)
      }
    }
  }

  private static func expectSame(
    _ paths: [String], walker: CorpusWalker, threads: Int
  ) {
    let walked = walker.files(under: paths)
    let scanned = walker.scan(paths, threads: threads)
    #expect(scanned.files == walked.files)
    #expect(scanned.diagnostics == walked.diagnostics)
  }

  @Test(arguments: 1...12)
  func scanGivesWhatTheWalkGives(seed: UInt64) throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var generator = FuzzGenerator(seed: seed)
    try Self.randomTree(at: root, generator: &generator)
    let walker = CorpusWalker(maximumFileSize: seed.isMultiple(of: 2) ? 2000 : .max)
    #expect(!walker.files(under: [root.path]).files.isEmpty)
    for threads in [1, 3, 16] {
      Self.expectSame([root.path], walker: walker, threads: threads)
    }
  }

  @Test func rootsFilesAndMissingPathsKeepTheirOrder() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    try fm.createDirectory(
      at: root.appendingPathComponent("in/deep"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: root.appendingPathComponent("in/deep/a.txt"))
    try Data("yy".utf8).write(to: root.appendingPathComponent("b.txt"))
    try Data(repeating: 0, count: 50).write(to: root.appendingPathComponent("in/big.txt"))
    let paths = [
      root.path + "/b.txt", root.path + "/missing", root.path + "/", root.path + "/in",
      root.path + "/in/deep/", root.path + "/also-missing",
    ]
    Self.expectSame(paths, walker: CorpusWalker(), threads: 4)
    Self.expectSame(paths, walker: CorpusWalker(maximumFileSize: 10), threads: 4)
    let scanned = CorpusWalker().scan(paths, threads: 4)
    #expect(scanned.files.map(\.relativePath).first == "b.txt")
    #expect(scanned.diagnostics.count == 2)
  }

  @Test func emptyAndOnlyMissingRoots() throws {
    let root = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    Self.expectSame([root.path], walker: CorpusWalker(), threads: 4)
    Self.expectSame([root.path + "/none"], walker: CorpusWalker(), threads: 4)
    Self.expectSame([], walker: CorpusWalker(), threads: 4)
  }
}
