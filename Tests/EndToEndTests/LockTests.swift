import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One writer at a time: a second `index` names the process holding `write.lock` and exits 1;
/// readers answer from the committed generation while a build runs; a lock left by a dead
/// process is taken over.
@Suite struct LockTests {
  static func writeLock(_ content: String, in index: URL) throws {
    try Data(content.utf8).write(to: index.appendingPathComponent("write.lock"))
  }

  @Test func secondWriterNamesTheHolderAndExits1() throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let holder = try RobustRunner.sleeper()
    defer { RobustRunner.stop(holder) }
    try Self.writeLock("\(holder.processIdentifier)\n", in: index)
    let result = try BinaryRunner.run(["index", "corpus", "--index", index.path, "--quiet"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("write.lock"), "\(result.stderr)")
    #expect(result.stderr.contains("process \(holder.processIdentifier)"), "\(result.stderr)")
    let lock = try String(contentsOf: index.appendingPathComponent("write.lock"), encoding: .utf8)
    #expect(lock == "\(holder.processIdentifier)\n", "the holder's lock is left alone")
  }

  @Test func readersAnswerWhileAWriterHoldsTheLock() throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let holder = try RobustRunner.sleeper()
    defer { RobustRunner.stop(holder) }
    try Self.writeLock("\(holder.processIdentifier)\n", in: index)
    // What a build in progress leaves around: files of the next generation, half written.
    for name in ["seg-000099.post", "seg-000099.terms", "manifest-000099.json.tmp"] {
      try Data([1, 2, 3]).write(to: index.appendingPathComponent(name))
    }
    let search = try BinaryRunner.run(["search", "prime ségur", "--json", "--index", index.path])
    #expect(RobustRunner.count(search) == 5, "\(search.stderr)")
    let show = try BinaryRunner.run(["show", "AN-17-QE-3175", "--index", index.path])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(try BinaryRunner.run(["verify", "--index", index.path]).status == 0)
  }

  @Test(arguments: ["dead", "", "not a process id\n", "-5\n", "0\n"])
  func staleLockIsTakenOver(content: String) throws {
    let (root, index) = try RobustRunner.copyOfPristine()
    defer { try? FileManager.default.removeItem(at: root) }
    let text = content == "dead" ? "\(try RobustRunner.deadProcessID())\n" : content
    try Self.writeLock(text, in: index)
    let result = try BinaryRunner.run(["index", "corpus", "--index", index.path, "--quiet"])
    #expect(result.status == 0, "lock '\(text)': \(result.stderr)")
    let lock = index.appendingPathComponent("write.lock").path
    #expect(!FileManager.default.fileExists(atPath: lock), "the lock is released")
    #expect(try BinaryRunner.run(["verify", "--index", index.path]).status == 0)
  }

  /// A real build: while it runs, searches give the old or the new count, never an error;
  /// a second build started meanwhile names the first one's process.
  @Test func realConcurrentBuildAndReaders() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    let index = root.appendingPathComponent("index").path
    try KillSafetyTests.writeCorpus(at: corpus, count: 50, generation: 0)
    let first = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    try #require(first.status == 0, "\(first.stderr)")
    try KillSafetyTests.writeCorpus(at: corpus, count: 1500, generation: 0)
    let writer = Process()
    writer.executableURL = BinaryRunner.binary
    writer.arguments = ["index", corpus.path, "--index", index, "--quiet"]
    writer.standardOutput = FileHandle.nullDevice
    writer.standardError = FileHandle.nullDevice
    try writer.run()
    let lock = URL(fileURLWithPath: index).appendingPathComponent("write.lock").path
    while writer.isRunning, !FileManager.default.fileExists(atPath: lock) { usleep(1000) }
    let second = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    if writer.isRunning {
      #expect(second.status == 1)
      #expect(second.stderr.contains("process \(writer.processIdentifier)"), "\(second.stderr)")
    }
    var searches = 0
    while writer.isRunning || searches == 0 {
      let result = try BinaryRunner.run(["search", "generationalpha", "--json", "--index", index])
      #expect([50, 1500].contains(RobustRunner.count(result)), "\(result.stderr)")
      searches += 1
    }
    writer.waitUntilExit()
    #expect(writer.terminationStatus == 0)
    let last = try BinaryRunner.run(["search", "generationalpha", "--json", "--index", index])
    #expect(RobustRunner.count(last) == 1500)
  }
}
