import Foundation
import FuzzSupport
import Testing

@testable import Corpus

/// The loader hands a valid UTF-8 file's bytes to the readers (`ByteDocumentReader`: no
/// `String` of the whole file) and gets exactly what the readers give on its text: the same
/// documents and diagnostics, on the seeds, the fixtures, the real records and seeded mutations
/// of them (which turn formats into one another and into prose).
@Suite struct LoadByteReaderTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let realRecords = root.deletingLastPathComponent()
    .appendingPathComponent("shared/data/an-open-data/16")

  static func files(under folder: URL, limit: Int = .max) -> [URL] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var urls: [URL] = []
    while let url = walker?.nextObject() as? URL, urls.count < limit {
      if FileManager.default.contents(atPath: url.path)?.isEmpty == false { urls.append(url) }
    }
    return urls.sorted { $0.path < $1.path }
  }

  static func file(_ name: String, size: Int) -> CorpusFile {
    CorpusFile(path: "corpus/" + name, relativePath: name, size: size, modificationTime: 0)
  }

  /// Both paths on `bytes`; nil when they agree.
  static func difference(_ bytes: [UInt8], name: String) -> String? {
    let loader = DocumentLoader()
    let file = file(name, size: bytes.count)
    let fast = loader.document(bytes, file: file)
    let slow = loader.document(bytes, file: file, throughText: true)
    return fast == slow ? nil : "\(name): \(fast.documents.count) vs \(slow.documents.count)"
  }

  @Test func everyBuiltInReaderReadsBytes() {
    let loader = DocumentLoader()
    #expect(loader.byteReaders.count == loader.readers.count)
    for (reader, byteReader) in zip(loader.readers, loader.byteReaders) {
      #expect(reader.format == byteReader.format)
    }
  }

  @Test func seedsAndFixturesAsThroughText() {
    let urls = ["corpus", "Tests/CorpusTests/Fixtures"].flatMap {
      Self.files(under: Self.root.appendingPathComponent($0))
    }
    #expect(urls.count > 10)
    var formats: Set<String> = []
    for url in urls {
      let bytes = [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
      #expect(Self.difference(bytes, name: url.lastPathComponent) == nil)
      for document in DocumentLoader().document(bytes, file: Self.file("x", size: 0)).documents {
        formats.insert(document.format)
      }
    }
    #expect(formats.count >= 4, "\(formats)")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: realRecords.path)))
  func realRecordsAsThroughText() {
    for url in Self.files(under: Self.realRecords, limit: 60) {
      let bytes = [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
      #expect(Self.difference(bytes, name: url.lastPathComponent) == nil)
    }
  }

  @Test(arguments: 0..<3)
  func mutatedFilesAsThroughText(_ seed: Int) {
    let urls = Self.files(under: Self.root.appendingPathComponent("corpus"))
    var random = FuzzGenerator(seed: 80_300 + UInt64(seed))
    for number in 0..<150 {
      guard !urls.isEmpty else { break }
      let url = urls[random.below(urls.count)]
      let bytes = random.mutate([UInt8](FileManager.default.contents(atPath: url.path) ?? Data()))
      #expect(Self.difference(bytes, name: "\(seed)-\(number)") == nil)
    }
  }
}
