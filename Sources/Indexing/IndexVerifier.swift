import Foundation

/// Checks a whole index folder: `CURRENT`, the manifest, then every file's size, footer and
/// CRC-32 against both the footer and the manifest. Each problem names its file.
public struct IndexVerifier: Sendable {
  public init() {}

  public func verify(directory: URL) -> [IndexProblem] {
    let manifest: Manifest
    do {
      guard let name = try IndexLayout.currentManifestName(in: directory) else {
        return [IndexProblem(file: IndexLayout.current, message: "missing: no committed index")]
      }
      manifest = try IndexLayout.readManifest(named: name, in: directory)
    } catch {
      return [IndexVerifier.problem(error)]
    }
    var problems: [IndexProblem] = []
    for entry in manifest.files {
      do {
        try check(entry, in: directory)
      } catch {
        problems.append(IndexVerifier.problem(error))
      }
    }
    if problems.isEmpty {
      do {
        _ = try IndexReader(directory: directory, checkingEverything: true)
      } catch {
        problems.append(IndexVerifier.problem(error))
      }
    }
    return problems
  }

  private func check(_ entry: Manifest.FileEntry, in directory: URL) throws(IndexError) {
    let file = try MappedFile(url: directory.appendingPathComponent(entry.name), name: entry.name)
    guard file.bytes.count == entry.size else {
      throw .corrupted(
        file: entry.name, reason: "size \(file.bytes.count) bytes, manifest says \(entry.size)")
    }
    try Footer.verifyChecksum(file.bytes, name: entry.name)
    let footer = try Footer.read(file.bytes, name: entry.name)
    guard footer.crc == entry.crc32 else {
      throw .corrupted(file: entry.name, reason: "checksum differs from the manifest")
    }
  }

  private static func problem(_ error: IndexError) -> IndexProblem {
    switch error {
    case .missing(let path): return IndexProblem(file: path, message: "missing")
    case .corrupted(let file, let reason): return IndexProblem(file: file, message: reason)
    case .incompatibleFormat(let file, let found, let supported):
      return IndexProblem(
        file: file, message: "format version \(found), supported \(supported): rebuild the index")
    case .locked: return IndexProblem(file: IndexLayout.lock, message: error.description)
    case .io(let path, let message): return IndexProblem(file: path, message: message)
    }
  }
}
