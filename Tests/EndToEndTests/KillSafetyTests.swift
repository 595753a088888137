import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves the previous generation usable.
@Suite struct KillSafetyTests {
  /// Writes `count` small announcements whose words depend on `generation`.
  static func writeCorpus(at folder: URL, count: Int, generation: Int) throws {
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      let marker = "generation\(generation == 0 ? "alpha" : "beta")"
      let text = """
        Communiqué numéro \(index) sur le financement des établissements médico-sociaux.

        Le département \(index % 7) annonce une aide de \(index) euros pour la \(marker).
        """
      try Data(text.utf8).write(to: folder.appendingPathComponent("cp-\(index).txt"))
    }
  }

  @Test func killedBuildsLeaveAUsableIndex() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    let index = root.appendingPathComponent("index").path
    try Self.writeCorpus(at: corpus, count: 400, generation: 0)
    let first = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    try #require(first.status == 0, "\(first.stderr)")
    try Self.writeCorpus(at: corpus, count: 400, generation: 1)
    let started = Date()
    let full = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    try #require(full.status == 0)
    let buildTime = Date().timeIntervalSince(started)
    try Self.writeCorpus(at: corpus, count: 400, generation: 0)
    var generator = SeededGenerator(seed: 2024)
    for round in 0..<8 {
      let delay = Double.random(in: 0...(buildTime * 1.2), using: &generator)
      try killBuild(corpus: corpus.path, index: index, after: delay)
      let verify = try BinaryRunner.run(["verify", "--index", index])
      #expect(verify.status == 0, "round \(round), delay \(delay): \(verify.stderr)")
      let alpha = try BinaryRunner.run(["search", "generationalpha", "--index", index, "--json"])
      let beta = try BinaryRunner.run(["search", "generationbeta", "--index", index, "--json"])
      #expect(alpha.status == 0 && beta.status == 0, "round \(round): \(alpha.stderr)")
      let counts = [alpha.stdout, beta.stdout].map { $0.contains("\"count\": 400") }
      #expect(counts.filter { $0 }.count == 1, "round \(round): one generation whole")
      try Self.writeCorpus(at: corpus, count: 400, generation: (round + 1) % 2)
    }
  }

  /// Starts `index` and sends SIGKILL after `delay` seconds (or lets it finish first).
  private func killBuild(corpus: String, index: String, after delay: Double) throws {
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = ["index", corpus, "--index", index, "--quiet"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// A small deterministic random generator (SplitMix64) for reproducible test schedules.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49EB_2D0F_CE13
    return z ^ (z >> 31)
  }
}
