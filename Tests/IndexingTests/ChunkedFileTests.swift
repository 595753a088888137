import Foundation
import Testing

@testable import Indexing

/// The chunk table of `.terms` and `.docs`: what is written is read back, every chunk checked,
/// and a flipped byte in the content or in the table is found.
@Suite struct ChunkedFileTests {
  private func written(_ count: Int) throws -> (url: URL, bytes: [UInt8]) {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-chunked-\(UUID().uuidString)")
    let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    let writer = try FileWriter(url: url, chunked: true)
    // Written in uneven pieces, so that pieces straddle chunk boundaries.
    var start = 0
    while start < count {
      let end = min(count, start + 1 + start % 3001)
      try writer.write(Array(bytes[start..<end]))
      start = end
    }
    try writer.finish()
    return (url, bytes)
  }

  private func opened(_ url: URL) throws -> ChunkedFile {
    try ChunkedFile(MappedFile(url: url, name: "x.docs"), path: url.path)
  }

  @Test(arguments: [0, 1, 4095, 4096, 4097, 20000])
  func contentIsReadBackWhole(count: Int) throws {
    let (url, bytes) = try written(count)
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try opened(url)
    #expect(file.contentCount == count)
    #expect(Array(file.bytes(0, count)) == bytes)
    #expect(
      Array(file.bytes(count / 3, 5000)) == Array(bytes[count / 3..<min(count, count / 3 + 5000)]))
    #expect(file.bytes(count + 10, 4).isEmpty)
    #expect(file.load(UInt64.self, at: count) == 0)
    try file.verifyAll()
    let data = try Data(contentsOf: url)
    try Footer.verifyChecksum(
      data.withUnsafeBytes { UnsafeRawBufferPointer($0) }, name: "x.docs")
  }

  @Test(arguments: [0, 4095, 4096, 9000, 19999])
  func flippedContentByteFailsItsChunk(offset: Int) throws {
    let (url, _) = try written(20000)
    defer { try? FileManager.default.removeItem(at: url) }
    var data = try Data(contentsOf: url)
    data[offset] ^= 0x08
    try data.write(to: url)
    let file = try opened(url)
    #expect(throws: IndexError.self) { try file.verifyAll() }
  }

  @Test(arguments: 1...32)
  func flippedTableByteIsFoundAtOpen(fromEnd: Int) throws {
    let (url, _) = try written(20000)
    defer { try? FileManager.default.removeItem(at: url) }
    var data = try Data(contentsOf: url)
    data[data.count - Footer.size - fromEnd] ^= 0x02
    try data.write(to: url)
    #expect(throws: IndexError.self) { _ = try opened(url) }
  }
}
