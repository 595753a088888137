import Corpus
import Extraction
import Foundation
import FrenchText

/// Reads a file larger than one document may be (an open-data bulk file holding every question
/// of a legislature, or an oversized text) through `DocumentLoader.stream`, handing it to the
/// writer in parts of `partSize` documents, each prepared on all cores: only one part is in
/// memory at a time, whatever the file's size. The last part carries the file's diagnostics and
/// its content hash, computed in the same pass as its records.
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
    let hash = loader.streamHashing(file) { part in
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
    let hex = hash.map { ContentHash.hex($0) } ?? ""
    try submit([prepared(file, batch, hash: hex, diagnostics: diagnostics, isFinal: true)])
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
}
