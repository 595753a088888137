import Corpus
import Foundation

/// Merges the segments `MergePolicy` selects into one new segment and commits a generation
/// with it in their place. Their live records are carried over as stored (no file is read or
/// extracted again), their live source entries copied; the documents are analysed again for
/// the postings.
struct SegmentMerger {
  let builder: IndexBuilder

  /// Merges if the committed generation needs it; returns the manifest committed, if any.
  func mergeIfNeeded() throws(IndexError) -> Manifest? {
    let reader = try IndexReader(directory: builder.directory)
    let chosen = builder.mergePolicy.select(reader.manifest.segments)
    guard !chosen.isEmpty else { return nil }
    let generation = IndexLayout.highestGeneration(in: builder.directory) + 1
    do throws(IndexError) {
      let writer = try builder.makeWriter(generation: generation)
      for index in chosen { try carry(reader.segments[index], into: writer) }
      let (segment, files) = try writer.finish()
      var segments: [SegmentEntry] = []
      var kept: [Manifest.FileEntry] = []
      for (index, entry) in reader.manifest.segments.enumerated() where !chosen.contains(index) {
        segments.append(entry)
        let names = IndexLayout.suffixes.map(entry.fileName) + (entry.deletions.map { [$0] } ?? [])
        kept += names.compactMap(reader.manifest.file(named:))
      }
      if segment.liveCount > 0 || segment.liveSourceCount > 0 {
        segments.append(segment)
        kept += files
      }
      guard !segments.isEmpty else {
        StaleFiles.removeFailed(generation: generation, in: builder.directory)
        return nil
      }
      let manifest = Manifest(
        generation: generation, segments: segments, files: kept,
        pipeline: reader.manifest.pipeline)
      try builder.commit(manifest)
      return manifest
    } catch {
      StaleFiles.removeFailed(generation: generation, in: builder.directory)
      throw error
    }
  }

  /// Adds a segment's live source entries and their documents to `writer`, in parallel chunks.
  private func carry(_ segment: SegmentReader, into writer: SegmentWriter) throws(IndexError) {
    guard let entries = segment.sourceEntries() else {
      throw .corrupted(file: segment.fileName("sources"), reason: "source table damaged")
    }
    let live = entries.filter { !$0.deleted }.map(\.entry)
    let analyzer = builder.analyzer
    let store = segment.documents
    var start = 0
    while start < live.count {
      let end = min(live.count, start + 256)
      let prepared = parallelMap(Array(live[start..<end])) { entry -> [PreparedDocument]? in
        var documents: [PreparedDocument] = []
        for id in entry.ids {
          guard let number = store.document(id: id) else { continue }
          guard let bytes = store.storedRecord(number), let document = store.document(number)
          else { return nil }
          documents.append(
            PreparedDocument(document: document, encoded: bytes, analyzer: analyzer))
        }
        return documents
      }
      for (entry, documents) in zip(live[start..<end], prepared) {
        guard let documents else {
          throw .corrupted(
            file: segment.fileName("store"), reason: "a stored record of \(entry.path) is damaged")
        }
        try writer.add(carried: documents, source: entry)
      }
      start = end
    }
  }
}
