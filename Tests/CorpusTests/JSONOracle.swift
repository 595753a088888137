import Foundation
import FuzzSupport

@testable import Corpus

/// Reads JSON bytes both ways, the JSON parser of the reader and the former Foundation path
/// (`JSONSerialization` and `JSONLiteralLocator`), and says how they differ.
enum JSONOracle {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/an-open-data-16-qg")

  static let realRecords: [(name: String, bytes: [UInt8])] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      guard
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else { return nil }
      return (name, [UInt8](data))
    }
  }()

  static func file(_ name: String) -> CorpusFile {
    CorpusFile(path: "corpus/" + name, relativePath: name, size: 0, modificationTime: 0)
  }

  /// nil when both ways give the same documents and the same diagnostics (the detail of an
  /// "invalid JSON" diagnostic, Foundation's own words, aside); else what differs.
  static func difference(_ bytes: [UInt8], name: String = "oracle.json") -> String? {
    let reader = ANOpenDataJSONReader()
    let new = reader.read(bytes: bytes, file: file(name))
    let old = reader.readWithFoundation(bytes: bytes, file: file(name))
    if new.documents != old.documents {
      let pairs = Array(zip(new.documents, old.documents))
      let index = pairs.firstIndex { $0.0 != $0.1 }
      let detail = index.map { "\(pairs[$0].0) vs \(pairs[$0].1)" } ?? "count"
      return "documents differ (\(new.documents.count) vs \(old.documents.count)): \(detail)"
    }
    let newReasons = new.diagnostics.map { reason($0.message) }
    let oldReasons = old.diagnostics.map { reason($0.message) }
    if newReasons != oldReasons {
      return "diagnostics differ: \(new.diagnostics) vs \(old.diagnostics)"
    }
    return nil
  }

  /// A diagnostic's message without its parenthesised detail.
  static func reason(_ message: String) -> String {
    message.components(separatedBy: " (").first ?? message
  }
}
