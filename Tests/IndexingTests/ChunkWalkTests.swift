import Corpus
import Testing

@testable import Indexing

/// The build's walk cuts the files into chunks of at most `chunkSize` small files, each ended
/// early by a large file, which it hands on its own after the chunk, in the walk's order.
struct ChunkWalkTests {
  @Test func chunksKeepTheOrderAndEndAtLargeFiles() {
    let sizes = [10, 20, 900, 30, 40, 50, 60, 70, 800, 950, 80]
    let files = sizes.enumerated().map {
      CorpusFile(
        path: "f\($0.offset)", relativePath: "f\($0.offset)", size: $0.element, modificationTime: 0)
    }
    let walk = ChunkWalk(files: FileSource(files), chunkSize: 3, largeFileSize: 500)
    var chunks: [([String], String?)] = []
    while case let chunk = walk.nextChunk(), !chunk.isEmpty {
      chunks.append((chunk.small.map(\.path), chunk.large?.path))
    }
    let expected: [([String], String?)] = [
      (["f0", "f1"], "f2"), (["f3", "f4", "f5"], nil), (["f6", "f7"], "f8"), ([], "f9"),
      (["f10"], nil),
    ]
    #expect(chunks.count == expected.count)
    for (got, want) in zip(chunks, expected) {
      #expect(got.0 == want.0)
      #expect(got.1 == want.1)
    }
  }
}
