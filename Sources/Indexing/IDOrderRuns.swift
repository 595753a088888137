import Foundation

/// The live documents of a segment in id order, sorted outside memory: ids are collected a chunk
/// at a time, each chunk sorted and written to a temporary file as a run, and the runs merged
/// at the end, so that the build never holds every id at once.
///
/// Run entry: the id's byte length (2 bytes), its bytes, the document number (4 bytes).
final class IDOrderRuns {
  private let file: FileWriter
  private let chunkSize: Int
  private var chunk: [(id: String, number: Int32)] = []
  /// Where each run starts in the file, and where the last one ends.
  private var boundaries: [UInt64] = [0]

  init(url: URL, chunkSize: Int = 1 << 16) throws(IndexError) {
    file = try FileWriter(url: url, checksummed: false)
    self.chunkSize = chunkSize
  }

  /// Adds a document (a replaced document is skipped at the merge, see `merge`).
  func add(id: String, number: Int32) throws(IndexError) {
    chunk.append((id, number))
    if chunk.count >= chunkSize { try flushChunk() }
  }

  private func flushChunk() throws(IndexError) {
    guard !chunk.isEmpty else { return }
    chunk.sort { IDOrderRuns.precedes($0.id, $1.id) }
    var buffer = ByteBuffer(capacity: 1 << 16)
    for (id, number) in chunk {
      let bytes = Array(id.utf8.prefix(Int(UInt16.max)))
      buffer.u16(UInt16(bytes.count))
      buffer.bytes.append(contentsOf: bytes)
      buffer.u32(UInt32(bitPattern: number))
      if buffer.count >= 1 << 16 {
        try file.write(buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
      }
    }
    try file.write(buffer.bytes)
    boundaries.append(file.offset)
    chunk.removeAll(keepingCapacity: true)
  }

  /// Whether `a`'s UTF-8 bytes come before `b`'s (`lexicographicallyPrecedes`, by `memcmp`).
  static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { first in
      b.withUTF8 { second in
        RunMerger.compare(UnsafeRawBufferPointer(first), UnsafeRawBufferPointer(second)) < 0
      }
    }
  }

  /// Calls `body` with every document number whose `isLive` is true, in id order (equal ids,
  /// which only a replaced document and its replacement share, by number); removes the file.
  func merge(
    isLive: (Int32) -> Bool, _ body: (Int32) throws(IndexError) -> Void
  ) throws(IndexError) {
    try flushChunk()
    _ = try file.finish(footer: false, sync: false)
    defer { try? FileManager.default.removeItem(at: file.url) }
    let mapped = try MappedFile(url: file.url, name: file.url.lastPathComponent)
    var cursors = (0..<boundaries.count - 1).map {
      RunCursor(position: Int(boundaries[$0]), end: Int(boundaries[$0 + 1]))
    }
    for index in cursors.indices { cursors[index].load(mapped.bytes) }
    while let best = IDOrderRuns.smallest(cursors, mapped.bytes) {
      let number = cursors[best].number
      if isLive(number) { try body(number) }
      cursors[best].advance(mapped)
    }
  }

  /// The cursor with the smallest id (then the smallest number), nil when all are done.
  private static func smallest(_ cursors: [RunCursor], _ bytes: UnsafeRawBufferPointer) -> Int? {
    var best: Int?
    for index in cursors.indices where !cursors[index].isDone {
      guard let current = best else {
        best = index
        continue
      }
      let order = RunMerger.compare(cursors[index].id(bytes), cursors[current].id(bytes))
      if order < 0 || (order == 0 && cursors[index].number < cursors[current].number) {
        best = index
      }
    }
    return best
  }

  /// A position in one run of the mapped file; pages behind it are released as it moves on.
  private struct RunCursor {
    var position: Int
    let end: Int
    var idStart = 0
    var idLength = 0
    var number: Int32 = 0
    private var released: Int

    init(position: Int, end: Int) {
      self.position = position
      self.end = end
      released = position
    }

    var isDone: Bool { idLength < 0 }

    func id(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
      UnsafeRawBufferPointer(rebasing: bytes[idStart..<idStart + idLength])
    }

    mutating func load(_ bytes: UnsafeRawBufferPointer) {
      guard position < end else {
        idLength = -1
        return
      }
      idLength = Int(ByteReader.load(UInt16.self, from: bytes, at: position))
      idStart = position + 2
      number = ByteReader.load(Int32.self, from: bytes, at: idStart + idLength)
    }

    mutating func advance(_ file: MappedFile) {
      position = idStart + idLength + 4
      if position - released >= 1 << 20 {
        released = file.releasePages(from: released, to: position)
      }
      load(file.bytes)
    }
  }
}
