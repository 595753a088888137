import Foundation
import Testing

@testable import Indexing

/// The document table's id and path orders are right whether the documents arrive in path
/// order (one folder walked: the order is kept) or not (two folders given in reverse order,
/// ids unrelated to paths: the paths are sorted).
struct DocumentOrderTests {
  private static let announcement = "Paris, le 4 juin 2024\n\nLe Gouvernement annonce 300 M€.\n"

  @Test(arguments: [false, true])
  func everyDocumentIsFoundByIDAndByPath(reversedRoots: Bool) throws {
    let temporary = try TemporaryIndex()
    defer { temporary.cleanUp() }
    let names = ["b/z.txt", "b/a.txt", "a-b/m.txt", "a/y.txt", "a/c d.txt", "é/x.txt"]
    for name in names { try temporary.write(name, Self.announcement + name) }
    let roots = ["b", "a", "a-b", "é"].map { temporary.corpus.appendingPathComponent($0).path }
    let builder = IndexBuilder(directory: temporary.index)
    _ = try builder.build(paths: reversedRoots ? roots : [temporary.corpus.path])
    let reader = try IndexReader(directory: temporary.index)
    #expect(reader.documentCount == names.count)
    let ids = reader.documentIDs()
    #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    for name in names {
      let path =
        reversedRoots
        ? temporary.corpus.appendingPathComponent(name).path
        : temporary.corpus.path + "/" + name
      let record = reader.record(path: path)
      #expect(record?.document.file == path)
      #expect(record.map { reader.record(id: $0.document.id)?.document.file == path } == true)
    }
  }
}
