import Foundation
import Testing

/// Hostile sizes and places: a 512 KB document, a 5 MB file, a line of 1 000 000 characters, deeply nested JSON,
/// symbolic-link loops, many files in one folder, paths with spaces and accents.
@Suite struct HostileTests {
  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func hostileCorpusIsIndexedWithWarningsNamingFiles() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    let line =
      "Le département annonce un financement. " + String(repeating: "aide ", count: 200_000)
    try Self.write(line + "zlonglineword\n", to: corpus.appendingPathComponent("long.txt"))
    let paragraph = "La prime Ségur de 183 € est versée aux salariés du secteur médico-social.\n"
    // Indexed text costs about 10 s per MB in a debug build: 512 KB here, 200 MB in
    // scripts/hostile-test.sh. The 5 MB file with a NUL byte near its end is read and refused.
    let big = String(repeating: paragraph, count: 512_000 / paragraph.utf8.count)
    try Self.write(big + "zbigfileword\n", to: corpus.appendingPathComponent("big.txt"))
    let binary = String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count)
    try Self.write(binary + "\u{0}fin\n", to: corpus.appendingPathComponent("five-mb.txt"))
    try Self.write(
      String(repeating: "[", count: 100_000), to: corpus.appendingPathComponent("a.json"))
    let nested =
      "{\"question\": " + String(repeating: "[", count: 100_000)
      + String(repeating: "]", count: 100_000) + "}"
    try Self.write(nested, to: corpus.appendingPathComponent("b.json"))
    let accented = corpus.appendingPathComponent("dossier é/fichier à lire l’été.txt")
    try Self.write("Le département finance la prime zaccentword.\n", to: accented)
    let sub = corpus.appendingPathComponent("boucle")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: sub.appendingPathComponent("parent").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: sub.appendingPathComponent("racine").path, withDestinationPath: corpus.path)
    try FileManager.default.createSymbolicLink(
      atPath: sub.appendingPathComponent("soi").path, withDestinationPath: "soi")
    let index = root.appendingPathComponent("index").path
    let result = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("indexed 3 documents"), "\(result.stdout)")
    for name in ["a.json", "b.json", "five-mb.txt"] {
      #expect(result.stderr.contains("warning: \(corpus.path)/\(name)"), "\(result.stderr)")
    }
    for word in ["zlonglineword", "zbigfileword", "zaccentword"] {
      let search = try BinaryRunner.run(["search", word, "--json", "--index", index])
      #expect(RobustRunner.count(search) == 1, "\(word): \(search.stderr)")
    }
    let show = try BinaryRunner.run(["show", accented.path, "--index", index])
    #expect(show.status == 0 && show.stdout.contains("fichier à lire l’été.txt"), "\(show.stderr)")
  }

  /// A file over the per-document limit (8 MB) is read only up to it: here a 17 MB sparse file,
  /// whose first 8 MB are refused as binary (the 200 MB text of scripts/hostile-test.sh is cut
  /// with a "truncated" warning).
  @Test func fileOverTheDocumentLimitIsReadOnlyUpToItAndNamed() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    try Self.write("La prime zpetitfichier.\n", to: corpus.appendingPathComponent("petit.txt"))
    let huge = corpus.appendingPathComponent("énorme fichier.txt")
    try Self.write("Le département annonce.", to: huge)
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 17 << 20)  // sparse: costs no disk and no time
    try handle.close()
    let index = root.appendingPathComponent("index").path
    let result = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("indexed 1 documents"), "\(result.stdout)")
    #expect(
      result.stderr.contains("warning: \(huge.path): skipped: binary content"), "\(result.stderr)")
  }

  @Test func manyFilesInOneFolder() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    try KillSafetyTests.writeCorpus(at: corpus, count: 1000, generation: 1)
    let index = root.appendingPathComponent("index").path
    let result = try BinaryRunner.run(["index", corpus.path, "--index", index, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let search = try BinaryRunner.run(["search", "generationbeta", "--json", "--index", index])
    #expect(RobustRunner.count(search) == 1000)
  }

  @Test func indexFolderWithSpacesAndAccents() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let index = root.appendingPathComponent("mon index à moi").path
    let result = try BinaryRunner.run(["index", "corpus", "--index", index, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try BinaryRunner.run(["verify", "--index", index]).status == 0)
    let search = try BinaryRunner.run(["search", "prime ségur", "--json", "--index", index])
    #expect(RobustRunner.count(search) == 5)
  }
}
