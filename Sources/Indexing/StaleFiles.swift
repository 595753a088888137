import Foundation

/// The files of builds that did not commit: removed when a build fails, and when the next build
/// starts (a build killed with SIGKILL cannot clean up after itself). Only the writer holding
/// `write.lock` calls these, so no live build's files are touched.
enum StaleFiles {
  /// Removes temporary files and the files of generations newer than the one `CURRENT` names
  /// (never published, so no reader has them open).
  static func removeAtStart(in directory: URL) {
    let committed = committedGeneration(in: directory)
    for name in names(in: directory) {
      let isNewer = IndexLayout.generation(of: name).map { $0 > committed } ?? false
      guard name.hasSuffix(".tmp") || isNewer else { continue }
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// After a failed build of `generation`: removes its files and temporaries, unless `CURRENT`
  /// already names it (the failure came after the commit point, and the generation is whole).
  static func removeFailed(generation: Int, in directory: URL) {
    guard committedGeneration(in: directory) != generation else { return }
    for name in names(in: directory)
    where name.hasSuffix(".tmp") || IndexLayout.generation(of: name) == generation {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// The generation `CURRENT` names; 0 when none, and `Int.max` when `CURRENT` cannot be read
  /// (then nothing is called stale).
  private static func committedGeneration(in directory: URL) -> Int {
    do {
      guard let name = try IndexLayout.currentManifestName(in: directory) else { return 0 }
      return IndexLayout.generation(of: name) ?? .max
    } catch {
      return .max
    }
  }

  private static func names(in directory: URL) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  }
}
