import Foundation

/// A reader for one document format. More formats are certain (open-data XML, Sénat CSV), hence
/// a protocol: the loader asks each reader, in order, whether it recognises the content.
public protocol DocumentReader: Sendable {
  /// A short name for the format, stored in `Document.format`.
  var format: String { get }
  /// Whether the decoded text is in this reader's format (decided from the content, never the name).
  func recognizes(_ text: String) -> Bool
  /// Reads the text into documents; problems become diagnostics.
  func read(_ text: String, file: CorpusFile) -> LoadOutcome
}
