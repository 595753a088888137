import Foundation

/// Lists the files under the paths given to `index`, in a stable (sorted) order.
///
/// Hidden files and folders are skipped; symbolic links to folders are not followed (no loops).
/// Files of any size are listed: `DocumentLoader` streams bulk files and bounds each document
/// (`DocumentLoader.maximumDocumentSize`). A file larger than `maximumFileSize` (no limit by
/// default) is skipped with a warning.
public struct CorpusWalker: Sendable {
  public var maximumFileSize: Int

  public init(maximumFileSize: Int = .max) {
    self.maximumFileSize = maximumFileSize
  }

  /// The files under `paths`; a missing path is a diagnostic, not a failure.
  public func files(under paths: [String]) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
    var files: [CorpusFile] = []
    var diagnostics: [Diagnostic] = []
    let fm = FileManager.default
    for root in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else {
        diagnostics.append(
          Diagnostic(severity: .error, file: root, message: "no such file or folder"))
        continue
      }
      if !isDirectory.boolValue {
        if let file = corpusFile(path: root, relativePath: (root as NSString).lastPathComponent) {
          admit(file, into: &files, diagnostics: &diagnostics)
        }
        continue
      }
      let base = root.hasSuffix("/") ? String(root.dropLast()) : root
      guard let enumerator = fm.enumerator(atPath: base) else {
        diagnostics.append(Diagnostic(severity: .error, file: root, message: "cannot list folder"))
        continue
      }
      var found: [CorpusFile] = []
      while let relative = enumerator.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        let full = base + "/" + relative
        if let file = corpusFile(path: full, relativePath: relative) {
          admit(file, into: &found, diagnostics: &diagnostics)
        }
      }
      found.sort { $0.relativePath < $1.relativePath }
      files.append(contentsOf: found)
    }
    return (files, diagnostics)
  }

  private func admit(
    _ file: CorpusFile, into files: inout [CorpusFile], diagnostics: inout [Diagnostic]
  ) {
    guard file.size > maximumFileSize else {
      files.append(file)
      return
    }
    let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    diagnostics.append(
      Diagnostic(
        file: file.path,
        message: "skipped: file too large (\(megabytes(file.size)); the limit is "
          + "\(megabytes(maximumFileSize)))"))
  }

  private func corpusFile(path: String, relativePath: String) -> CorpusFile? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      (attributes[.type] as? FileAttributeType) == .typeRegular
    else { return nil }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return CorpusFile(path: path, relativePath: relativePath, size: size, modificationTime: mtime)
  }
}
