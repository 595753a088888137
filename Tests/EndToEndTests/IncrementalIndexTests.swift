import Foundation
import Testing

/// `index` run again on a changed corpus, through the built binary: only the new file is read,
/// the summary says so, a deleted file's document disappears from every command, `--full`
/// brings the index back to one segment.
@Suite struct IncrementalIndexTests {
  private func copyOfCorpus() throws -> URL {
    let folder = try BinaryRunner.temporaryDirectory()
    try FileManager.default.copyItem(
      at: BinaryRunner.repositoryRoot.appendingPathComponent("corpus"),
      to: folder.appendingPathComponent("corpus"))
    return folder
  }

  private func index(_ folder: URL, _ extra: [String] = []) throws -> BinaryRunner.Result {
    let result = try BinaryRunner.run(["index", "corpus", "--index", "idx"] + extra, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return result
  }

  @Test func secondIndexReadsOnlyTheNewFile() throws {
    let folder = try copyOfCorpus()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try index(folder)
    #expect(first.stdout.contains("(full build: 5 files read, 1 segment)"))
    try Data("Communiqué : la prime Ségur versée aux aides à domicile.\n".utf8).write(
      to: folder.appendingPathComponent("corpus/nouveau.txt"))
    let second = try index(folder)
    #expect(second.stdout.contains("indexed 6 documents"))
    #expect(second.stdout.contains("1 added, 0 updated, 0 dropped, 5 unchanged"))
    #expect(second.stdout.contains("(incremental: 1 file read, 2 segments)"))
    let search = try BinaryRunner.run(
      ["search", "domicile", "--index", "idx", "--json"], in: folder)
    #expect(search.stdout.contains("nouveau.txt"))
    let again = try index(folder)
    #expect(again.stdout.contains("0 added, 0 updated, 0 dropped, 6 unchanged"))
    #expect(again.stdout.contains("(incremental: 0 files read, 2 segments)"))
  }

  @Test func deletedFileDisappearsAndFullRebuildsOneSegment() throws {
    let folder = try copyOfCorpus()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try index(folder)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/AN-17-QE-3175.md"))
    let second = try index(folder)
    #expect(second.stdout.contains("1 dropped, 4 unchanged"))
    for arguments in [["show", "AN-17-QE-3175"], ["search", "prime", "--json"], ["stats"]] {
      let result = try BinaryRunner.run(arguments + ["--index", "idx"], in: folder)
      #expect(!result.stdout.contains("AN-17-QE-3175"), "\(arguments)")
    }
    let verify = try BinaryRunner.run(["verify", "--index", "idx"], in: folder)
    #expect(verify.status == 0, "\(verify.stderr)")
    let full = try index(folder, ["--full"])
    #expect(full.stdout.contains("(full build: 0 files read, 1 segment)"))
  }
}
