import Corpus

/// The build's walk of its files, chunk by chunk: up to `chunkSize` small files, then the large
/// file that ended the chunk, if one did (it is streamed on its own, after the chunk).
struct ChunkWalk {
  /// Small files to prepare together, then at most one large file.
  struct Chunk {
    var small: [CorpusFile] = []
    var large: CorpusFile?

    var isEmpty: Bool { small.isEmpty && large == nil }
  }

  let files: FileSource
  let chunkSize: Int
  let largeFileSize: Int

  /// The next chunk (empty at the end of the walk).
  func nextChunk() -> Chunk {
    var chunk = Chunk()
    chunk.small.reserveCapacity(chunkSize)
    while chunk.small.count < chunkSize, let file = files.next() {
      if file.size > largeFileSize {
        chunk.large = file
        break
      }
      chunk.small.append(file)
    }
    return chunk
  }
}
