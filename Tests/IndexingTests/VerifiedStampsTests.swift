import Foundation
import Testing

@testable import Indexing

/// The stamps of index files known good: an incremental build reads again only the files
/// written since, and a damaged or rewritten file is still caught.
@Suite struct VerifiedStampsTests {
  private func builtIndex() throws -> TemporaryIndex {
    let temp = try TemporaryIndex()
    try temp.write("a.txt", "La prime Ségur est versée aux salariés depuis le 1er décembre 2020.")
    try temp.write("b.txt", "Le département compense la revalorisation de 183 € net par mois.")
    var builder = IndexBuilder(directory: temp.index)
    builder.pipeline = "one"
    _ = try builder.build(paths: [temp.corpus.path])
    return temp
  }

  private func manifest(_ temp: TemporaryIndex) throws -> Manifest {
    try IndexReader(directory: temp.index).manifest
  }

  private func intact(_ temp: TemporaryIndex) -> (stamps: VerifiedStamps?, checked: Int) {
    PreviousGeneration(directory: temp.index, pipeline: "one", checkingInBackground: true)
      .intactFiles
  }

  @Test func aFullBuildStampsEveryFileAndTheNextCheckReadsNone() throws {
    let temp = try builtIndex()
    defer { temp.cleanUp() }
    let files = try manifest(temp).files
    let trusted = VerifiedStamps.trusted(in: temp.index)
    #expect(files.allSatisfy { trusted.vouches(for: $0.name, crc: $0.crc32) })
    let result = intact(temp)
    #expect(result.stamps != nil)
    #expect(result.checked == 0)
  }

  @Test func aByteFlippedInPlaceIsStillCaught() throws {
    let temp = try builtIndex()
    defer { temp.cleanUp() }
    let store = try #require(try manifest(temp).files.first { $0.name.hasSuffix(".store") })
    let url = temp.index.appendingPathComponent(store.name)
    let handle = try FileHandle(forUpdating: url)
    try handle.seek(toOffset: 20)
    let byte = try #require(try handle.read(upToCount: 1)?.first)
    try handle.seek(toOffset: 20)
    try handle.write(contentsOf: [byte ^ 0xFF])
    try handle.close()
    let result = intact(temp)
    #expect(result.stamps == nil)
    #expect(result.checked >= 1)
  }

  @Test(arguments: ["", "garbage\n", "parlindex-verified 1\nseg-000001.store 1 2 3\n"])
  func anUnreadableStampsFileMeansEveryFileIsChecked(text: String) throws {
    let temp = try builtIndex()
    defer { temp.cleanUp() }
    try Data(text.utf8).write(to: temp.index.appendingPathComponent(VerifiedStamps.fileName))
    let result = intact(temp)
    #expect(result.stamps != nil)
    #expect(result.checked == (try manifest(temp).files.count))
  }

  /// A stamp not strictly older than the stamps file could hide a write in the same clock tick.
  @Test func aStampAsNewAsTheStampsFileIsNotTrusted() throws {
    let temp = try builtIndex()
    defer { temp.cleanUp() }
    let url = temp.index.appendingPathComponent(VerifiedStamps.fileName)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000)], ofItemAtPath: url.path)
    #expect(VerifiedStamps.trusted(in: temp.index).stamps.isEmpty)
    #expect(intact(temp).checked == (try manifest(temp).files.count))
  }

  @Test func anIncrementalBuildStampsTheFilesItWrites() throws {
    let temp = try builtIndex()
    defer { temp.cleanUp() }
    try temp.write("c.txt", "Une nouvelle question sur les 700 000 salariés concernés.")
    var builder = IndexBuilder(directory: temp.index)
    builder.pipeline = "one"
    let report = try builder.build(paths: [temp.corpus.path])
    #expect(!report.wasFullBuild)
    let files = try manifest(temp).files
    let trusted = VerifiedStamps.trusted(in: temp.index)
    #expect(files.allSatisfy { trusted.vouches(for: $0.name, crc: $0.crc32) })
    #expect(intact(temp).checked == 0)
  }

  @Test func encodingRoundTripsAndRejectsForeignText() throws {
    var stamps = VerifiedStamps()
    stamps.keep(
      "seg-000001.post",
      (7, VerifiedStamps.Stamp(size: 10, inode: 11, changeTime: 12, modificationTime: 13)))
    #expect(VerifiedStamps.parse(stamps.encoded()) == stamps)
    for text in [
      "parlindex-verified 2\n", "parlindex-verified 1\na/b 1 2 3 4 5\n",
      "parlindex-verified 1\nseg 1 2 3 4 x\n",
    ] {
      #expect(VerifiedStamps.parse(Data(text.utf8)) == nil)
    }
  }
}
