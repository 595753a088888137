import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The names of an index folder's files and the atomic replacement of `CURRENT`.
///
/// ```
/// CURRENT                  one line: manifest-000007.json
/// manifest-000007.json     format version, segments, files with sizes and CRC-32, counts
/// seg-000007.terms         sorted term dictionary with an offset table
/// seg-000007.post          postings: doc deltas, frequencies, positions
/// seg-000007.docs          per-document columns, folded filter fields, id and path orders
/// seg-000007.store         stored records (binary, RecordEncoder), located through the .docs table
/// seg-000007.sources       source-file table (path, size, mtime, content hash, ids; binary)
/// seg-000003.del-000007    deletions of segment 3 as of generation 7 (two bitsets)
/// write.lock               the writer's process id
/// verified                 stat stamps of the files last known good (`VerifiedStamps`)
/// ```
package enum IndexLayout {
  package static let current = "CURRENT"
  package static let lock = "write.lock"
  package static let suffixes = ["terms", "post", "docs", "store", "sources"]

  package static func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  package static func segmentFile(generation: Int, suffix: String) -> String {
    "seg-\(padded(generation)).\(suffix)"
  }

  /// The deletions file of segment `segment` written by generation `generation`.
  package static func deletionsFile(segment: Int, generation: Int) -> String {
    "seg-\(padded(segment)).del-\(padded(generation))"
  }

  /// The manifest `CURRENT` names, or nil when there is no `CURRENT` (an empty folder).
  package static func currentManifestName(in directory: URL) throws(IndexError) -> String? {
    let url = directory.appendingPathComponent(current)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
    else { throw .io(path: current, message: "cannot read") }
    let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard name.hasPrefix("manifest-"), name.hasSuffix(".json"), !name.contains("/") else {
      throw .corrupted(file: current, reason: "does not name a manifest")
    }
    return name
  }

  package static func readManifest(named name: String, in directory: URL) throws(IndexError)
    -> Manifest
  {
    let url = directory.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(path: name) }
    guard let data = try? Data(contentsOf: url) else {
      throw .io(path: name, message: "cannot read")
    }
    // The version first: an older manifest may lack fields this version requires.
    struct Version: Decodable { var formatVersion: Int }
    if let version = try? JSONDecoder().decode(Version.self, from: data),
      version.formatVersion != Int(Footer.formatVersion)
    {
      throw .incompatibleFormat(
        file: name, found: version.formatVersion, supported: Int(Footer.formatVersion))
    }
    guard let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
      throw .corrupted(file: name, reason: "not a valid manifest")
    }
    guard manifest.hasValidChecksum else {
      throw .corrupted(file: name, reason: "checksum mismatch (manifest altered)")
    }
    guard manifest.formatVersion == Int(Footer.formatVersion) else {
      throw .incompatibleFormat(
        file: name, found: manifest.formatVersion, supported: Int(Footer.formatVersion))
    }
    return manifest
  }

  /// Replaces `CURRENT` atomically: temporary file, fsync, rename, fsync the folder.
  package static func publish(manifest name: String, in directory: URL) throws(IndexError) {
    let temporary = directory.appendingPathComponent("\(current).tmp")
    try FileWriter.write(Array("\(name)\n".utf8), to: temporary, footer: false)
    try rename(temporary, to: directory.appendingPathComponent(current))
    try syncDirectory(directory)
  }

  package static func rename(_ from: URL, to: URL) throws(IndexError) {
    guard Glibc.rename(from.path, to.path) == 0 else {
      throw .io(path: to.lastPathComponent, message: FileWriter.lastError("rename failed"))
    }
  }

  package static func syncDirectory(_ directory: URL) throws(IndexError) {
    let fd = open(directory.path, O_RDONLY)
    guard fd >= 0 else { throw .io(path: directory.path, message: "cannot open folder") }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      throw .io(path: directory.path, message: FileWriter.lastError("fsync failed"))
    }
  }

  /// The highest generation number any file of the folder carries (committed or not).
  package static func highestGeneration(in directory: URL) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    var highest = 0
    for name in names {
      guard let number = generation(of: name) else { continue }
      highest = max(highest, number)
    }
    return highest
  }

  /// The generation that wrote a file: a manifest's, a segment's number (a segment is written
  /// by the generation of its number), a deletions file's second number.
  package static func generation(of name: String) -> Int? {
    let stem: Substring
    if name.hasPrefix("seg-"), let range = name.range(of: ".del-") {
      stem = name[range.upperBound...]
    } else if name.hasPrefix("manifest-") {
      stem = name.dropFirst("manifest-".count)
    } else if name.hasPrefix("seg-") {
      stem = name.dropFirst("seg-".count)
    } else {
      return nil
    }
    return Int(stem.prefix { $0.isNumber })
  }

  /// Removes every file that the committed manifest does not name (old generations, leftovers
  /// of interrupted builds). Called only after `CURRENT` is published.
  package static func collectGarbage(in directory: URL, keeping manifest: Manifest) {
    var keep: Set<String> = [current, lock, Manifest.name(generation: manifest.generation)]
    keep.formUnion(manifest.files.map(\.name))
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where !keep.contains(name) {
      guard generation(of: name) != nil || name.hasSuffix(".tmp") else { continue }
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }
}
