import Foundation
import Testing

@testable import Indexing

/// A file read by a cursor that releases the pages behind it in steps that do not fall on page
/// boundaries ends with none of its pages resident (a page cut by two steps is released too).
@Suite struct MappedFileReleaseTests {
  /// The resident kilobytes of the mapping that starts at `address`, from `/proc/self/smaps`.
  static func residentKilobytes(of address: UnsafeRawPointer) -> Int? {
    guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps"),
      let data = try? handle.readToEnd()
    else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    let start = String(UInt(bitPattern: address), radix: 16)
    var inMapping = false
    for line in text.split(separator: "\n") {
      if let dash = line.firstIndex(of: "-"), !line.hasPrefix("Rss") {
        if line[..<dash].allSatisfy(\.isHexDigit) {
          inMapping = line[..<dash].drop(while: { $0 == "0" }) == start[...]
          continue
        }
      }
      if inMapping, line.hasPrefix("Rss:") {
        return Int(line.split(separator: " ")[1])
      }
    }
    return nil
  }

  @Test func stepsOffPageBoundariesLeaveNoPageResident() throws {
    guard FileManager.default.fileExists(atPath: "/proc/self/smaps") else { return }
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-release-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    let size = 4 << 20
    try Data((0..<size).map { UInt8(truncatingIfNeeded: ($0 >> 9) | 1) }).write(to: url)
    let file = try MappedFile(url: url, name: "release")
    var sum = 0
    for offset in stride(from: 0, to: size, by: 512) { sum &+= Int(file.bytes[offset]) }
    #expect(sum != 0)
    let base = try #require(file.bytes.baseAddress)
    let before = try #require(Self.residentKilobytes(of: base))
    #expect(before >= 4000)
    var released = 0
    for step in 1...200 {
      released = file.releasePages(from: released, to: step * 20_971 + 7)
    }
    released = file.releasePages(from: released, to: size)
    #expect(released == size)
    let after = try #require(Self.residentKilobytes(of: base))
    #expect(after <= 8, "resident after release: \(after) KB")
  }

  @Test func nothingIsReleasedBeforeAWholePage() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-release-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(repeating: 7, count: 1 << 16).write(to: url)
    let file = try MappedFile(url: url, name: "release")
    #expect(file.releasePages(from: 100, to: 200) == 100)
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    #expect(file.releasePages(from: 100, to: page + 1) == page)
  }
}
