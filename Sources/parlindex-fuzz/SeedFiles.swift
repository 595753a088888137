import Foundation

/// The inputs mutations start from: the repository's corpus/, the readers' test fixtures and
/// the shared open-data records, each cut to 64 KB so that a case stays fast.
enum SeedFiles {
  static func load(root: URL) -> [[UInt8]] {
    let folders = [
      "corpus", "Tests/CorpusTests/Fixtures", "../shared/seeds", "../shared/data/an-open-data",
    ].map { root.appendingPathComponent($0) }
    var seeds: [[UInt8]] = []
    for folder in folders {
      let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]
      for relative in (files ?? []).sorted().prefix(200) {
        let url = folder.appendingPathComponent(relative)
        guard let data = try? Data(contentsOf: url), !data.isEmpty else { continue }
        seeds.append(Array(data.prefix(64 << 10)))
      }
    }
    if seeds.isEmpty {
      seeds = [Array("Le département annonce une aide de 3 millions d’euros.".utf8)]
    }
    return seeds
  }
}
