import Corpus
import Extraction
import Foundation
import FrenchText

/// Reads a file larger than one document may be (an open-data bulk file holding every question
/// of a legislature, or an oversized text) through `DocumentLoader.stream`, handing it to the
/// writer in parts of `partSize` documents, each prepared on all cores: only one part is in
/// memory at a time, whatever the file's size. The last part carries the file's diagnostics.
struct LargeFileReader {
  let analyzer: FrenchAnalyzer
  var partSize = 256
  var loader = DocumentLoader()

  func read(
    _ file: CorpusFile, submit: ([PreparedFile]) throws(IndexError) -> Void
  ) throws(IndexError) {
    var batch: [Document] = []
    var diagnostics: [Diagnostic] = []
    var failure: IndexError?
    loader.stream(file) { part in
      diagnostics += part.diagnostics
      batch += part.documents
      guard failure == nil, batch.count >= partSize else { return }
      do throws(IndexError) {
        try submit([prepared(file, batch, hash: "", diagnostics: [], isFinal: false)])
      } catch {
        failure = error
      }
      batch = []
    }
    if let failure { throw failure }
    let hash = Self.contentHash(path: file.path)
    try submit([prepared(file, batch, hash: hash, diagnostics: diagnostics, isFinal: true)])
  }

  private func prepared(
    _ file: CorpusFile, _ documents: [Document], hash: String, diagnostics: [Diagnostic],
    isFinal: Bool
  ) -> PreparedFile {
    let analyzer = analyzer
    let documents = parallelMap(documents) {
      PreparedDocument(record: RecordExtractor().record(for: $0), analyzer: analyzer)
    }
    return PreparedFile(
      file: file, contentHash: hash, documents: documents, diagnostics: diagnostics,
      isFinal: isFinal)
  }

  /// `ContentHash.hex` of the file's bytes, read in chunks.
  static func contentHash(path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    while true {
      let data = handle.readData(ofLength: 1 << 20)
      if data.isEmpty { break }
      for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
