import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The build's id table and its external id sort agree with a dictionary and a plain sort on
/// seeded random ids (short, long, accented, sharing prefixes, met again and replaced).
struct DocumentIDTableTests {
  private static func randomID(_ random: inout FuzzGenerator) -> String {
    let pieces = ["AN-16-QE-", "SEN-", "cp-", "é", "É", "a", "b", "-", "0", "9", " ", "œ"]
    return (0..<(1 + random.below(6))).map { _ in pieces[random.below(pieces.count)] }.joined()
      + String(random.below(3000))
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func tableAgreesWithADictionary(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    var table = DocumentIDTable()
    var expected: [String: Int32] = [:]
    var idOfNumber: [String] = []
    let idOf: (Int32) throws(IndexError) -> [UInt8] = { Array(idOfNumber[Int($0)].utf8) }
    for _ in 0..<5000 {
      let id = Self.randomID(&random)
      #expect(try table.find(id, idOf: idOf) == expected[id])
      guard expected[id] == nil || random.below(2) == 0 else { continue }
      let number = Int32(idOfNumber.count)
      idOfNumber.append(id)
      try table.set(id, number: number, idOf: idOf)
      expected[id] = number
    }
    #expect(table.count == expected.count)
    for (id, number) in expected { #expect(try table.find(id, idOf: idOf) == number) }
    #expect(try table.find("absent-id", idOf: idOf) == nil)
  }

  @Test(arguments: [(1, 1), (2, 3), (3, 64), (4, 1 << 16)] as [(UInt64, Int)])
  func runsMergeIntoTheSortedLiveIDs(seed: UInt64, chunkSize: Int) throws {
    var random = FuzzGenerator(seed: seed)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "idruns-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("ids.tmp")
    let runs = try IDOrderRuns(url: url, chunkSize: chunkSize)
    var all: [(id: String, number: Int32)] = []
    for number in 0..<Int32(700) {
      let id = Self.randomID(&random)
      all.append((id, number))
      try runs.add(id: id, number: number)
    }
    let deleted = Set(all.indices.filter { _ in random.below(5) == 0 }.map { Int32($0) })
    var merged: [Int32] = []
    try runs.merge(isLive: { !deleted.contains($0) }) { merged.append($0) }
    let expected = all.filter { !deleted.contains($0.number) }.sorted {
      $0.id == $1.id ? $0.number < $1.number : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8)
    }.map(\.number)
    #expect(merged == expected)
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }
}
