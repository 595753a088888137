import Corpus

/// Turns a document into a `DocumentRecord` by running every extractor over its sentences.
///
/// PLACEHOLDER: extracts nothing yet.
public struct RecordExtractor: Sendable {
  public init() {}

  public func record(for document: Document) -> DocumentRecord {
    DocumentRecord(document: document)
  }
}
