import Foundation

/// The in-memory inverted index of a build: per term, the encoded postings of the documents
/// added so far. When it outgrows its budget it is written out as a sorted run and emptied.
///
/// Postings of one document: doc delta, frequency, byte length of the positions, then the
/// position deltas, all varints. The first delta of a list is the absolute doc number.
package struct PostingsAccumulator {
  package struct TermPostings {
    var bytes: [UInt8] = []
    var documentFrequency: Int = 0
    var lastDocument: Int = 0
  }

  private var table: [String: TermPostings] = [:]
  package private(set) var estimatedBytes = 0

  package init() {}

  package var isEmpty: Bool { table.isEmpty }

  package mutating func add(document: Int, terms: [String: [Int32]]) {
    var positionBytes = ByteBuffer(capacity: 64)
    for (term, positions) in terms {
      positionBytes.bytes.removeAll(keepingCapacity: true)
      var previous: Int32 = 0
      for position in positions {
        positionBytes.varint(Int(position - previous))
        previous = position
      }
      var entry = ByteBuffer(capacity: 8 + positionBytes.count)
      let isNew = table[term] == nil
      let delta = document - (table[term]?.lastDocument ?? 0)
      entry.varint(delta)
      entry.varint(positions.count)
      entry.varint(positionBytes.count)
      entry.append(positionBytes.bytes)
      table[term, default: TermPostings()].bytes.append(contentsOf: entry.bytes)
      table[term]!.documentFrequency += 1
      table[term]!.lastDocument = document
      estimatedBytes += entry.count + (isNew ? 96 + term.utf8.count : 0)
    }
  }

  /// Writes the run sorted by term bytes and empties the accumulator.
  /// Run entry: term, document frequency, last document, byte length, postings bytes.
  package mutating func spill(to url: URL) throws(IndexError) {
    let writer = try FileWriter(url: url)
    let terms = table.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var header = ByteBuffer(capacity: 64)
    for term in terms {
      guard let postings = table[term] else { continue }
      header.bytes.removeAll(keepingCapacity: true)
      header.string(term)
      header.varint(postings.documentFrequency)
      header.varint(postings.lastDocument)
      header.varint(postings.bytes.count)
      try writer.write(header.bytes)
      try writer.write(postings.bytes)
    }
    try writer.finish(footer: false)
    table = [:]
    estimatedBytes = 0
  }
}
