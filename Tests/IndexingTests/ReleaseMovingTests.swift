import Corpus
import Extraction
import Foundation
import FrenchText
import FuzzSupport
import Synchronization
import Testing

@testable import Indexing

/// The prepare path that moves values instead of copying them gives what the copying path
/// gave: a document moved into its record (`RecordExtractor.record(moving:)`,
/// `IndexBuilder.prepare(moving:_:)`), prepared files moved out of their pairs
/// (`IndexBuilder.firsts(moving:)`) and out of the pool's slots (each result alive once), and
/// the folded fields appended value by value.
@Suite struct ReleaseMovingTests {
  static let analyzer = FrenchAnalyzer()

  /// The shipped corpus's documents, then random ones (every optional field set or not).
  static var seedDocuments: [Document] {
    let folder = RecordCoderTests.root.appendingPathComponent("corpus")
    let shipped = CorpusWalker().files(under: [folder.path]).files.flatMap {
      DocumentLoader().load($0).documents
    }
    var random = FuzzGenerator(seed: 14)
    return shipped + (0..<50).map { _ in RecordFastDocumentTests.document(&random) }
  }

  @Test func movedDocumentGivesTheCopiedRecord() {
    let documents = Self.seedDocuments
    #expect(documents.count == 55)
    for document in documents {
      let copied = RecordExtractor().record(for: document)
      let moved = RecordExtractor().record(moving: document)
      #expect(moved == copied)
    }
  }

  @Test func preparedByMovingMatchesPreparedOneByOne() {
    var documents = Self.seedDocuments
    let expected = documents.map {
      PreparedDocument(record: RecordExtractor().record(for: $0), analyzer: Self.analyzer)
    }
    let prepared = IndexBuilder.prepare(moving: &documents, Self.analyzer)
    #expect(documents.isEmpty)
    #expect(prepared.count == expected.count)
    for (got, wanted) in zip(prepared, expected) {
      #expect(got.id == wanted.id)
      #expect(got.file == wanted.file)
      #expect(got.record == wanted.record)
      #expect(got.recordHash == wanted.recordHash)
      #expect(got.recordCRC == wanted.recordCRC)
      #expect(got.columns == wanted.columns)
      #expect(got.strings == wanted.strings)
      #expect(got.postings.termBytes == wanted.postings.termBytes)
      #expect(got.postings.entries == wanted.postings.entries)
    }
  }

  @Test func firstsKeepTheOrder() {
    let pairs = (0..<40).map { index in
      (
        PreparedFile(
          file: CorpusFile(
            path: "corpus/f\(index).json", relativePath: "f\(index).json", size: index,
            modificationTime: 0),
          contentHash: "h\(index)", documents: [], diagnostics: []),
        index % 3 == 0
      )
    }
    let files = IndexBuilder.firsts(moving: pairs)
    #expect(files.map(\.contentHash) == (0..<40).map { "h\($0)" })
    #expect(IndexBuilder.firsts(moving: []).isEmpty)
  }

  /// An object counting how many of its kind are alive.
  final class Tracked: Sendable {
    static let alive = Mutex(0)
    let value: Int

    init(_ value: Int) {
      self.value = value
      Self.alive.withLock { $0 += 1 }
    }

    deinit { Self.alive.withLock { $0 -= 1 } }
  }

  @Test func poolResultsAreMovedOutOnce() {
    let pool = PreparePool(width: 3)
    defer { pool.close() }
    let before = Tracked.alive.withLock { $0 }
    do {
      let results = pool.map(Array(0..<500)) { Tracked($0) }
      #expect(results.map(\.value) == Array(0..<500))
      #expect(Tracked.alive.withLock { $0 } == before + 500)
    }
    #expect(Tracked.alive.withLock { $0 } == before)
  }

  /// Every combination of set and missing values folds as `foldedField` folds them.
  @Test(arguments: [0, 1, 2, 3])
  func foldedFieldsMatchWhateverIsMissing(mask: Int) {
    let first = mask & 1 == 0 ? nil : "Ministère de la santé et de l’accès aux soins"
    let second = mask & 2 == 0 ? nil : "Ministère du Travail"
    var buffer = TermBuffer()
    var bytes: [UInt8] = []
    IndexedText.appendFoldedField(
      first, second, analyzer: Self.analyzer, buffer: &buffer, to: &bytes)
    let expected = IndexedText.foldedField([first, second], analyzer: Self.analyzer)
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
  }
}
