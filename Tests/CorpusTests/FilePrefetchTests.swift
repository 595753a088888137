import Foundation
import Testing

@testable import Corpus

/// Hinting files to the kernel passes over what cannot be opened (a missing file, a folder) and
/// empty files, and leaves every file's content as it was.
struct FilePrefetchTests {
  @Test func prefetchPassesOverMissingAndEmptyFilesAndChangesNothing() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-prefetch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = String(repeating: "Le ministère répond : 150 000 € (« prime »).\n", count: 400)
    let names = ["a.txt", "vide.txt"]
    try Data(text.utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data().write(to: folder.appendingPathComponent("vide.txt"))
    let files = (names + ["absent.txt", "."]).map { name in
      let path = folder.appendingPathComponent(name).path
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 99
      return CorpusFile(path: path, relativePath: name, size: size ?? 99, modificationTime: 0)
    }
    FileBytes.prefetch(files)
    let read = FileBytes.withContents(atPath: files[0].path, expectedSize: files[0].size) {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(read == text)
  }
}
