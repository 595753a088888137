import Foundation
import Testing

/// Broken documents are skipped with a warning naming the file; a broken index is an error.
@Suite struct BadInputTests {
  @Test func brokenDocumentsAreSkippedAndCounted() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let files: [(String, Data)] = [
      ("empty.txt", Data()),
      ("binary.bin", Data([0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8])),
      ("latin1.txt", Data([0x45, 0x74, 0xE9, 0x20, 0x32, 0x30, 0x32, 0x35])),
      ("truncated.json", Data("{\"question\": {\"uid\": \"QANR5L17QE1\", \"type\": ".utf8)),
      ("good.txt", Data("Le département finance la prime Ségur des associations.".utf8)),
    ]
    for (name, data) in files { try data.write(to: corpus.appendingPathComponent(name)) }
    let index = root.appendingPathComponent("index").path
    let result = try BinaryRunner.run(["index", corpus.path, "--index", index])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("indexed 1 documents"))
    #expect(result.stdout.contains("4 skipped"))
    for name in ["empty.txt", "binary.bin", "latin1.txt", "truncated.json"] {
      #expect(result.stderr.contains("warning: \(corpus.path)/\(name)"), "no warning for \(name)")
    }
  }

  @Test func missingIndexIsARuntimeErrorNamingTheFolder() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let index = root.appendingPathComponent("nowhere").path
    for arguments in [["search", "ségur"], ["show", "x"], ["verify"]] {
      let result = try BinaryRunner.run(arguments + ["--index", index])
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.contains("nowhere"), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count <= 2)
    }
  }

  @Test func corruptedIndexFileIsNamedByEveryCommand() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let index = root.appendingPathComponent("index")
    let build = try BinaryRunner.run(["index", "corpus", "--index", index.path])
    try #require(build.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: index.path)
    let victim = try #require(
      names.filter { !$0.hasPrefix("manifest") && $0 != "CURRENT" && $0 != "write.lock" }
        .sorted().first)
    let url = index.appendingPathComponent(victim)
    var data = try Data(contentsOf: url)
    data[data.count / 2] ^= 0x5A
    try data.write(to: url)
    let verify = try BinaryRunner.run(["verify", "--index", index.path])
    #expect(verify.status == 1)
    #expect(verify.stderr.contains(victim), "\(verify.stderr)")
  }

  @Test func extractReadsStandardInput() throws {
    let text =
      "La branche autonomie a engagé un financement de 300 millions d'euros dès juillet 2024."
    let result = try BinaryRunner.run(["extract", "-", "--json"], input: text)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let mentions = try #require((object as? [String: Any])?["mentions"] as? [[String: Any]])
    let amount = try #require(mentions.first { $0["type"] as? String == "amount" })
    #expect(amount["value"] as? Int == 300_000_000)
    #expect(amount["currency"] as? String == "EUR")
    #expect(
      mentions.contains { $0["type"] as? String == "date" && $0["value"] as? String == "2024-07" })
  }
}
