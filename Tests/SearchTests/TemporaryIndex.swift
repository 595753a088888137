import Foundation

/// A temporary folder holding a small corpus (`corpus/`) and an index (`index/`), removed by
/// `remove()`.
struct TemporaryIndex {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-search-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
  }

  var corpus: URL { root.appendingPathComponent("corpus") }
  var index: URL { root.appendingPathComponent("index") }

  /// Writes `text` to `corpus/<name>`.
  func write(_ name: String, _ text: String) throws {
    let url = corpus.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func remove(_ name: String) throws {
    try FileManager.default.removeItem(at: corpus.appendingPathComponent(name))
  }

  func indexFiles() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []).sorted()
  }

  func cleanUp() { try? FileManager.default.removeItem(at: root) }
}
