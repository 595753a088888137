import Corpus
import Foundation
import FrenchText

/// The committed generation a build starts from: its source table (to count added, updated and
/// dropped documents) and its records, reused for files whose size and modification time have
/// not changed, when the same program (the same `pipeline`) wrote them.
package struct PreviousGeneration: Sendable {
  package private(set) var sources: [SourceEntry] = []
  private var byPath: [String: SourceEntry] = [:]
  private var reader: IndexReader?
  private var reusable = false
  /// Ids met more than once (in two files, or twice in one): their stored record is a merge of
  /// versions, which no single file's entry gives.
  private var shared: Set<String> = []

  /// The generation `CURRENT` names in `directory`; empty when there is none or it is damaged.
  /// Records are reused only when `pipeline` is the one that wrote them (never when nil).
  package init(directory: URL, pipeline: String?) {
    guard let reader = try? IndexReader(directory: directory, checkingEverything: true),
      let entry = reader.manifest.file(withSuffix: ".sources"),
      let file = try? MappedFile(
        url: directory.appendingPathComponent(entry.name), name: entry.name),
      let sources = SourceTable.entries(in: file.payload)
    else { return }
    self.sources = sources
    self.reader = reader
    reusable = pipeline != nil && reader.manifest.pipeline == pipeline
    byPath = reusable ? Dictionary(sources.map { ($0.path, $0) }) { _, last in last } : [:]
    var seen: Set<String> = []
    for source in sources {
      for id in source.ids where !seen.insert(id).inserted { shared.insert(id) }
    }
  }

  /// The hash of each id's stored record: the source entry's, or for an id met more than once,
  /// that of the record the generation stores.
  package func recordHashes() -> [String: String] {
    var hashes: [String: String] = [:]
    for source in sources {
      for (id, hash) in zip(source.ids, source.recordHashes) { hashes[id] = hash }
    }
    let store = reader?.documents
    for id in shared {
      guard let store, let number = store.document(id: id),
        let bytes = store.storedRecord(number)
      else { continue }
      hashes[id] = ContentHash.hex(bytes)
    }
    return hashes
  }

  /// The file's documents as the previous generation stored them, if the file looks unchanged
  /// and every one of its records is still there and its own (not merged with another file's).
  package func reuse(_ file: CorpusFile, analyzer: FrenchAnalyzer) -> PreparedFile? {
    guard reusable, let reader, let entry = byPath[file.path], entry.size == file.size,
      entry.modificationTime == file.modificationTime, Set(entry.ids).count == entry.ids.count,
      !entry.ids.contains(where: shared.contains)
    else { return nil }
    var documents: [PreparedDocument] = []
    let store = reader.documents
    for id in entry.ids {
      // The stored bytes are carried over; only the document (not its mentions) is decoded.
      guard let number = store.document(id: id), let bytes = store.storedRecord(number),
        let document = store.document(number), document.file == file.path
      else { return nil }
      documents.append(PreparedDocument(document: document, encoded: bytes, analyzer: analyzer))
    }
    return PreparedFile(
      file: file, contentHash: entry.contentHash, documents: documents,
      diagnostics: entry.diagnostics ?? [])
  }

  /// A stamp of the running program (size and modification time of its executable), so that
  /// records extracted by another build of the program are not reused.
  package static var currentPipeline: String {
    let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return "unknown"
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)-\(time)"
  }
}
