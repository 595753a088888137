import Corpus
import Extraction
import FrenchText

/// One id, one record: what the build does when it meets an id it has already written (the same
/// question in two folders or two formats, an older and a newer download, a file read twice).
///
/// Every version read so far is merged, oldest first (`DocumentVersion.merged`): the newest
/// (`DocumentVersion.isNewer`) wins its fields, status only moves forward and the history keeps
/// every version's events. Versions equally new are ordered by file path, then record hash, so
/// the result depends only on the set of versions, never on the order they are met in. Documents
/// that are not questions and share an id (the same relative path under two folders) cannot be
/// merged: the last in that order is kept, with a warning.
enum DuplicateResolver {
  /// A version of a document: the document and the hash of its encoded record.
  struct Version {
    var document: Document
    var hash: String
  }

  /// What becomes of the stored record.
  enum Outcome {
    /// The stored record stays.
    case keep
    /// The stored record is replaced by this document.
    case replace(PreparedDocument)
  }

  /// The outcome when `incoming` (prepared as `prepared`) joins `earlier` versions of its id,
  /// whose record is now `current`.
  static func resolve(
    earlier: [Version], incoming: Version, current: Document, prepared: PreparedDocument,
    analyzer: FrenchAnalyzer
  ) -> (Outcome, Diagnostic?) {
    let versions = (earlier + [incoming]).sorted(by: isOlder)
    var result = versions[versions.count - 1].document
    var warning: Diagnostic?
    if versions.allSatisfy({ $0.document.kind == .question }) {
      result = versions.dropFirst().reduce(versions[0].document) {
        DocumentVersion.merged($0, with: $1.document)
      }
    } else {
      let other = versions.last { $0.document.file != result.file }?.document.file ?? result.file
      warning = Diagnostic(
        file: result.file,
        message: "duplicate id \(result.id) (also in \(other)); keeping this one")
    }
    if result == current { return (.keep, warning) }
    if result == incoming.document { return (.replace(prepared), warning) }
    let record = RecordExtractor().record(for: result)
    return (.replace(PreparedDocument(record: record, analyzer: analyzer)), warning)
  }

  /// The order of versions: `DocumentVersion.isNewer`, then file path, then record hash.
  static func isOlder(_ a: Version, _ b: Version) -> Bool {
    if DocumentVersion.isNewer(b.document, than: a.document) { return true }
    if DocumentVersion.isNewer(a.document, than: b.document) { return false }
    return (a.document.file, a.hash) < (b.document.file, b.hash)
  }
}
